namespace Portal.Infrastructure.AgentApi.Leads;

using Portal.Domain.Leads;

/// <summary>Lead details with some fields written, or the first field whose value cannot be stored.</summary>
public sealed record LeadFieldEdit(LeadDetails Details, LeadFieldProblem? Problem);
