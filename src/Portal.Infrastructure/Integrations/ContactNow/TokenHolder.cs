namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>A token that was found, unrevoked, with the addresses it is bound to and the user it acts as.</summary>
public sealed record TokenHolder(long Id, string TokenHash, DateTimeOffset ExpiresAt, string AllowedAddresses, ApiCaller Caller);
