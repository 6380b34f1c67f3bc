namespace Portal.Infrastructure.Integrations;

/// <summary>An active user a key may be issued for, and whether that user has agent-API access (without it the key is refused).</summary>
public sealed record ApiKeyUser(string UserName, string FullName, bool HasAgentApiAccess);
