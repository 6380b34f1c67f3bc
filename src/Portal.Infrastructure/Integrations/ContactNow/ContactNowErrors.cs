namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>
/// ContactNow's own error texts. Integrations match them exactly: the official PHP wrapper fetches a new token only on
/// the three token texts, and treats <see cref="AuthenticationFailure"/> as bad credentials.
/// </summary>
public static class ContactNowErrors
{
    public const string AuthenticationFailure = "Authentication failure";

    /// <summary>The token's lifetime is over (the reply carries <c>expire: -1</c>).</summary>
    public const string ExpiredToken = "Expired token";

    /// <summary>A well-formed token Portal never issued.</summary>
    public const string UnknownToken = "Unknown token";

    /// <summary>Missing, malformed, revoked, or used from an address it is not bound to.</summary>
    public const string InvalidToken = "Invalid token";
}
