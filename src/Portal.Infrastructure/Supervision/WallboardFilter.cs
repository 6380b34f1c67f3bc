namespace Portal.Infrastructure.Supervision;

/// <summary>
/// The wallboard's filters: agents of a campaign, taking an in-group, of a user group; waiting calls of the campaign or
/// in-group; call figures of the campaign. An empty filter shows everything in scope.
/// </summary>
public sealed record WallboardFilter(string? CampaignId = null, string? InGroupId = null, string? UserGroupId = null)
{
    public static readonly WallboardFilter None = new();

    public WallboardView Apply(WallboardView view, WallboardCatalog catalog)
    {
        var inGroupsOfCampaign = CampaignId is null ? null : catalog.Campaign(CampaignId)?.InGroupIds ?? [];
        var agents = view.Agents.Where(a =>
            (CampaignId is null || a.CampaignId == CampaignId)
            && (InGroupId is null || a.Session.InGroups.Contains(InGroupId))
            && (UserGroupId is null || a.UserGroupId == UserGroupId));
        var queue = view.Queue.Where(c =>
            (CampaignId is null || c.CampaignId == CampaignId || (c.InGroupId is { } g && inGroupsOfCampaign!.Contains(g)))
            && (InGroupId is null || c.InGroupId == InGroupId));
        var calls = CampaignId is null
            ? view.CallsByCampaign
            : view.CallsByCampaign.Where(c => c.Key == CampaignId).ToDictionary(c => c.Key, c => c.Value);
        return new WallboardView([.. agents], [.. queue], calls);
    }
}
