namespace Portal.Web.Tests;

using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

/// <summary>
/// The supervisor, report and admin screens' tests: <see cref="PortalTestContext"/> plus the providers a page gets from
/// the layout and finding MudBlazor controls by their labels, as a person does.
/// </summary>
public abstract class ScreenTestContext : PortalTestContext
{
    /// <summary>The providers a page gets from the layout: popovers (selects, menus), dialogs and snackbars.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        Snackbars = Render<MudSnackbarProvider>();
        return Render<MudDialogProvider>();
    }

    /// <summary>The snackbars shown so far (after <see cref="RenderProviders"/>).</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>A button by the text it shows (or its accessible name).</summary>
    protected static IElement ButtonNamed<T>(IRenderedComponent<T> cut, string name)
        where T : class, IComponent =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == name || b.GetAttribute("aria-label") == name);

    /// <summary>Chooses a value in the MudSelect labelled <paramref name="label"/>, as picking it from the list does.</summary>
    protected static void Choose<T>(IRenderedComponent<T> cut, string label, string value)
        where T : class, IComponent => Choose<T, string>(cut, label, value);

    protected static void Choose<T, TValue>(IRenderedComponent<T> cut, string label, TValue value)
        where T : class, IComponent
    {
        var select = cut.FindComponents<MudSelect<TValue>>().Single(s => s.Instance.Label == label);
        select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(value)).GetAwaiter().GetResult();
    }

    /// <summary>Ticks the MudBlazor check box labelled <paramref name="label"/>.</summary>
    protected static void Check<T>(IRenderedComponent<T> cut, string label, bool on = true)
        where T : class, IComponent =>
        cut.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == label).Find("input").Change(on);

    /// <summary>The input of the MudBlazor text field labelled <paramref name="label"/>.</summary>
    protected static IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : class, IComponent =>
        cut.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label).QuerySelector("input, textarea")!;

    /// <summary>The validation messages on screen, from MudBlazor fields and from ValidationMessage.</summary>
    protected static IReadOnlyList<string> Errors<T>(IRenderedComponent<T> cut)
        where T : class, IComponent =>
        [.. cut.FindAll(".mud-input-error .mud-input-helper-text, .validation-message").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];
}
