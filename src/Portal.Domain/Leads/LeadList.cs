namespace Portal.Domain.Leads;

/// <summary>A list of leads that belongs to a campaign (VICIdial's vicidial_lists).</summary>
public sealed class LeadList(long id, string name, string campaignId)
{
    public long Id { get; private set; } = id;
    public string Name { get; private set; } = name;
    public string CampaignId { get; private set; } = campaignId;
    public bool Active { get; private set; } = true;
}
