namespace Portal.Domain.Users;

/// <summary>A group of users and the campaigns its members may work in or supervise.</summary>
public sealed class UserGroup(string id, string name, string allowedCampaigns)
{
    public const string AllCampaigns = "-ALL-CAMPAIGNS-";

    public string Id { get; private set; } = id;
    public string Name { get; private set; } = name;

    /// <summary>Space-separated campaign ids, or <see cref="AllCampaigns"/>.</summary>
    public string AllowedCampaigns { get; private set; } = allowedCampaigns;

    public bool Allows(string campaignId) =>
        AllowedCampaigns.Contains(AllCampaigns, StringComparison.Ordinal)
        || AllowedCampaigns.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(campaignId, StringComparer.Ordinal);
}
