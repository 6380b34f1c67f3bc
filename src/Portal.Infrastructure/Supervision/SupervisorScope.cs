namespace Portal.Infrastructure.Supervision;

/// <summary>The campaigns a supervisor may see and act on.</summary>
public sealed class SupervisorScope(Func<string, bool> allowsCampaign)
{
    public static readonly SupervisorScope Everything = new(_ => true);
    public static readonly SupervisorScope Nothing = new(_ => false);

    public bool Allows(string campaignId) => allowsCampaign(campaignId);
}
