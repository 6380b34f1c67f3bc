namespace Portal.Infrastructure.Reports;

/// <summary>
/// The rows a report viewer may see, as plain lists so report queries can filter in SQL: the campaigns their user
/// group allows and the agents of the user groups it may view. Admins see everything, including rows about no agent.
/// </summary>
public sealed class ReportScope
{
    private readonly HashSet<string> _campaigns;
    private readonly HashSet<string> _agents;

    public ReportScope(bool everything, IEnumerable<string> campaigns, IEnumerable<string> agents)
    {
        Everything = everything;
        _campaigns = new HashSet<string>(campaigns, StringComparer.Ordinal);
        _agents = new HashSet<string>(agents, StringComparer.Ordinal);
    }

    /// <summary>An admin: every row, even rows about unknown agents or no agent at all.</summary>
    public bool Everything { get; }

    public IReadOnlyCollection<string> Campaigns => _campaigns;

    public IReadOnlyCollection<string> Agents => _agents;

    public bool AllowsCampaign(string campaignId) => Everything || _campaigns.Contains(campaignId);

    public bool AllowsAgent(string? agentUser) => Everything || (agentUser is not null && _agents.Contains(agentUser));

    /// <summary>A row of this agent in this campaign.</summary>
    public bool Allows(string campaignId, string? agentUser) => AllowsCampaign(campaignId) && AllowsAgent(agentUser);
}
