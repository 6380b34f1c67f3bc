namespace Portal.Infrastructure.Reports.Callbacks;

/// <summary>How many callbacks of one campaign and agent stand where.</summary>
public sealed record CallbackTally(string CampaignId, string AgentUser, int Scheduled, int Due, int Overdue, int Completed)
{
    public int Total => Scheduled + Due + Overdue + Completed;
}
