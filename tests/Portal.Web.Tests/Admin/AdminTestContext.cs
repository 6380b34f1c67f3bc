namespace Portal.Web.Tests.Admin;

using Bunit;
using Radzen;

/// <summary>An admin signed in, Radzen registered: what every admin page test starts from.</summary>
public abstract class AdminTestContext : BunitContext
{
    protected AdminTestContext()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
        AddAuthorization().SetAuthorized("admin").SetRoles("Admin");
    }

    /// <summary>Every input, select and text area has a label naming its id.</summary>
    protected static void AssertEveryControlIsLabelled<T>(IRenderedComponent<T> cut)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var controls = cut.FindAll("input, select, textarea");
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            var id = control.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id), $"A {control.TagName} has no id: {control.OuterHtml}");
            Assert.True(cut.FindAll($"label[for='{id}']").Count == 1 || control.HasAttribute("aria-label"), $"#{id} has no label");
        }
    }

    protected static IReadOnlyList<string> Messages<T>(IRenderedComponent<T> cut)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        [.. cut.FindAll(".validation-message").Select(m => m.TextContent)];
}
