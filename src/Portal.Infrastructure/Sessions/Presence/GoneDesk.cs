namespace Portal.Infrastructure.Sessions.Presence;

/// <summary>An agent whose desks are all gone, and since when.</summary>
public sealed record GoneDesk(string AgentUser, DateTimeOffset Since);
