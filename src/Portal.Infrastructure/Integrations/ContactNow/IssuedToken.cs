namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>The outcome of asking for a token: the token (shown once, never stored) or why there is none.</summary>
public sealed record IssuedToken(string? Token, DateTimeOffset ExpiresAt, IReadOnlyList<string> Addresses, string? Error)
{
    public bool Succeeded => Error is null;

    public static IssuedToken Fail(string error) => new(null, default, [], error);
}
