namespace Portal.Infrastructure.Integrations.ContactNow;

/// <summary>The <c>ContactNow</c> section: the ContactNow-compatible <c>/token.php</c> and <c>/agent.php</c>.</summary>
public sealed class ContactNowOptions
{
    public const string Section = "ContactNow";

    /// <summary>How long a token from <c>/token.php</c> may be used (ContactNow: 12 hours).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The <c>account_id</c> every authenticated answer carries.</summary>
    public string AccountId { get; set; } = "1";

    /// <summary>
    /// How long a checked token (with its user's API rights and scope) is remembered in memory, so /agent.php costs no
    /// query for it. Revoking through Portal drops the entry at once; 0 checks the database on every call.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 30;
}
