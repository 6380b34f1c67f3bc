namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>
/// The outcome of changing a lead's fields: whether the lead exists, whether any value actually changed (VICIdial's
/// affected rows), or the field that could not be stored (then nothing was saved).
/// </summary>
public sealed record LeadFieldsUpdate(bool Found, bool Changed, LeadFieldProblem? Problem);
