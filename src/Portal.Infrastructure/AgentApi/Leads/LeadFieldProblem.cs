namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>Why a lead field (by its VICIdial name) cannot take the value sent.</summary>
public sealed record LeadFieldProblem(string Field, string Message);
