namespace Portal.Web.Components.Admin.Campaigns;

using Portal.Domain.Campaigns;

/// <summary>VICIdial's names for the campaign settings' values, as admins know them.</summary>
public static class CampaignLabels
{
    public static string Of(DialMethod method) => method switch
    {
        DialMethod.Ratio => "RATIO (auto-dial)",
        DialMethod.InboundMan => "INBOUND_MAN (inbound, manual dial while paused)",
        _ => "MANUAL",
    };

    public static string Of(PauseCodeMode mode) => mode switch
    {
        PauseCodeMode.Off => "Off",
        PauseCodeMode.Forced => "Forced (a reason is required)",
        _ => "Optional",
    };

    public static string Of(RecordingMode mode) => mode switch
    {
        RecordingMode.Never => "NEVER",
        RecordingMode.AllCalls => "ALLCALLS (agent may stop)",
        RecordingMode.AllForce => "ALLFORCE (always, cannot stop)",
        _ => "ONDEMAND (agent starts it)",
    };

    public static string Of(PreviewDialMode mode) => mode switch
    {
        PreviewDialMode.Disabled => "Disabled",
        PreviewDialMode.PreviewOnly => "Preview only (no skip)",
        _ => "Preview and skip",
    };
}
