namespace Portal.Infrastructure.Supervision;

using Portal.Infrastructure.Agents;

/// <summary>The campaigns, in-groups and user groups a supervisor may filter by and act on (read once per page).</summary>
public sealed record WallboardCatalog(
    IReadOnlyList<WallboardCampaign> Campaigns, IReadOnlyList<InGroupChoice> InGroups, IReadOnlyList<string> UserGroups)
{
    public static readonly WallboardCatalog Empty = new([], [], []);

    public WallboardCampaign? Campaign(string campaignId) => Campaigns.FirstOrDefault(c => c.Id == campaignId);

    /// <summary>Whether a call in this in-group belongs to one of the campaigns.</summary>
    public bool HasInGroup(string inGroupId) => Campaigns.Any(c => c.InGroupIds.Contains(inGroupId));
}
