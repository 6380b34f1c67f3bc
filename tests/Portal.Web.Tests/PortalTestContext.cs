namespace Portal.Web.Tests;

using System.Globalization;
using Bunit;
using MudBlazor;
using MudBlazor.Services;

/// <summary>
/// What every component test starts from: MudBlazor's services (disposed asynchronously, as they require), the app's
/// localization with its real resources, and loose JS interop.
/// </summary>
public abstract class PortalTestContext : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected PortalTestContext()
    {
        Services.AddMudServices();
        Services.AddPortalLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _uiCulture;
        return DisposeAsync().AsTask();
    }

    /// <summary>Renders MudBlazor's popover host, which selects, menus and tooltips draw into.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopovers() => Render<MudPopoverProvider>();

    /// <summary>The screens in Spanish from now on in this test.</summary>
    protected static void UseSpanish() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
}
