namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>A token as an admin sees it: whose, when, from where. Never the token or its hash.</summary>
public sealed record ActiveToken(long Id, string UserName, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, IReadOnlyList<string> Addresses);
