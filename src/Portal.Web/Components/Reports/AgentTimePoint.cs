namespace Portal.Web.Components.Reports;

/// <summary>One bar segment of the agent time chart: an agent's minutes in one kind of time.</summary>
public sealed record AgentTimePoint(string Agent, double Minutes);
