namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>The agent time report of one day: a row per agent, and the pause codes and dispositions that occur (the columns).</summary>
public sealed record AgentTimeSheet(
    AgentTimeFilter Filter, IReadOnlyList<AgentDayTimes> Agents, IReadOnlyList<string> PauseCodes, IReadOnlyList<string> Statuses);
