namespace Portal.Infrastructure.Supervision;

/// <summary>A disposition a supervisor may set for an agent in wrap-up.</summary>
public sealed record StatusChoice(string Code, string Name);
