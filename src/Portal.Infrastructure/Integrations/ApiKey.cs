namespace Portal.Infrastructure.Integrations;

/// <summary>
/// A REST API key, created by an admin and shown once. Only a hash is stored; <see cref="Prefix"/> (the first
/// characters) identifies it in lists. The key acts with the permissions of <see cref="UserName"/>.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The key's first characters, safe to show.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the key, lower-case hex.</summary>
    public string KeyHash { get; set; } = "";

    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
