namespace Portal.Domain.Campaigns;

/// <summary>A key (1–9) that picks a status on the disposition screen (VICIdial's campaign hotkeys).</summary>
public sealed class CampaignHotkey(string campaignId, string key, string statusCode)
{
    public string CampaignId { get; private set; } = campaignId;
    public string Key { get; private set; } = key;
    public string StatusCode { get; private set; } = statusCode;
}
