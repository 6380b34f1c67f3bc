namespace Portal.Infrastructure.Supervision;

/// <summary>Today's figures as read from the database: per campaign, and calls per agent.</summary>
public sealed record LoadedFigures(IReadOnlyDictionary<string, CallFigures> Campaigns, IReadOnlyDictionary<string, int> AgentCalls);
