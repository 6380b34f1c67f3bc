namespace Portal.Domain.Campaigns;

/// <summary>VICIdial's manual_preview_dial.</summary>
public enum PreviewDialMode
{
    Disabled,
    PreviewAndSkip,
    PreviewOnly,
}
