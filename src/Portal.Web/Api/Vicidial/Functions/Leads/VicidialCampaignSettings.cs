namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Campaigns;

/// <summary>Portal's campaign settings written as VICIdial's columns hold them, for the lines that echo them.</summary>
internal static class VicidialCampaignSettings
{
    /// <summary>manual_preview_dial: DISABLED, PREVIEW_AND_SKIP or PREVIEW_ONLY.</summary>
    public static string ManualPreviewDial(this Campaign campaign) => campaign.PreviewDial switch
    {
        PreviewDialMode.Disabled => "DISABLED",
        PreviewDialMode.PreviewOnly => "PREVIEW_ONLY",
        _ => "PREVIEW_AND_SKIP",
    };

    /// <summary>alt_number_dialing: Y or N.</summary>
    public static string AltNumberDialing(this Campaign campaign) => campaign.AltPhoneDialAllowed ? "Y" : "N";
}
