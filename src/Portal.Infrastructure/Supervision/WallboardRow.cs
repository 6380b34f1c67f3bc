namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Sessions;

/// <summary>One live agent on the wallboard: the session, who they are, their calls today and who is listening in.</summary>
public sealed record WallboardRow(SessionSnapshot Session, string FullName, string UserGroupId, int CallsToday, IReadOnlyList<AgentMonitor> Monitors)
{
    public string AgentUser => Session.AgentUser;

    public string CampaignId => Session.CampaignId;

    public string? PhoneNumber => Session.Call?.PhoneNumber;

    public long? LeadId => Session.Call?.LeadId;

    public bool Recording => Session.Call?.Has(CallFlags.Recording) == true;

    public bool ThreeWay => Session.Call?.Has(CallFlags.ThreeWay) == true;
}
