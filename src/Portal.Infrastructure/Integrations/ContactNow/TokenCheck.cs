namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>The outcome of checking a token for one request: who it acts as, or why it cannot be used.</summary>
public sealed record TokenCheck(TokenHolder? Holder, string? Error)
{
    public bool IsValid => Holder is not null && Error is null;

    public static TokenCheck Fail(string error, TokenHolder? holder = null) => new(holder, error);
}
