namespace Portal.Web.Tests.Admin;

using Bunit;

/// <summary>An admin signed in on MudBlazor screens: what every admin page test starts from.</summary>
public abstract class AdminTestContext : ScreenTestContext
{
    protected AdminTestContext() => AddAuthorization().SetAuthorized("admin").SetRoles("Admin");

    /// <summary>Every input, select and text area is inside its label, has a label naming its id, or an aria-label.</summary>
    protected static void AssertEveryControlIsLabelled<T>(IRenderedComponent<T> cut)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var controls = cut.FindAll("input:not([type='hidden']), select, textarea");
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            if (control.Closest("label") is not null)
            {
                continue;
            }

            var id = control.GetAttribute("id");
            Assert.False(string.IsNullOrEmpty(id), $"A {control.TagName} has no id: {control.OuterHtml}");
            Assert.True(cut.FindAll($"label[for='{id}']").Count == 1 || control.HasAttribute("aria-label"), $"#{id} has no label");
        }
    }

    /// <summary>The validation messages on screen: plain ones and those under MudBlazor fields.</summary>
    protected static IReadOnlyList<string> Messages<T>(IRenderedComponent<T> cut)
        where T : class, Microsoft.AspNetCore.Components.IComponent => Errors(cut);
}
