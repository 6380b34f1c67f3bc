namespace Portal.Web.Components.Layout;

using MudBlazor;

/// <summary>Portal's one theme, light and dark; system fonts only (customer sites often have no internet).</summary>
public static class PortalTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            Secondary = "#6a1b9a",
            Tertiary = "#00695c",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#c62828",
            Info = "#0277bd",
            AppbarBackground = "#0d47a1",
            Background = "#f4f6f8",
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90caf9",
            PrimaryContrastText = "#0b1a2b",
            Secondary = "#ce93d8",
            Tertiary = "#80cbc4",
            Success = "#81c784",
            SuccessContrastText = "#0b1f0c",
            Warning = "#ffb74d",
            WarningContrastText = "#241400",
            Error = "#ef9a9a",
            ErrorContrastText = "#2b0b0b",
            Info = "#81d4fa",
            InfoContrastText = "#06202b",
            AppbarBackground = "#15191f",
            Background = "#1b1f24",
            Surface = "#242a31",
            TextSecondary = "rgba(255,255,255,0.75)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
