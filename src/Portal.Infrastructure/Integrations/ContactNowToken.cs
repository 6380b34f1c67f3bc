namespace Portal.Infrastructure.Integrations;

/// <summary>
/// A ContactNow-style API token from <c>/token.php</c>. Only a hash of the token is stored; the token itself is shown
/// once, to the caller that asked for it. It acts as <see cref="UserName"/> and is bound to the requesting address
/// unless <see cref="AllowedAddresses"/> lists others.
/// </summary>
public sealed class ContactNowToken
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public string TokenHash { get; set; } = "";

    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Space-separated IP addresses the token may be used from (at most 10).</summary>
    public string AllowedAddresses { get; set; } = "";

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The admin who revoked it, if any.</summary>
    public string? RevokedBy { get; set; }
}
