namespace Portal.Infrastructure.Integrations;

/// <summary>What the admin's API keys page does: list keys and users, issue a key (its secret shown once), revoke one.</summary>
public interface IApiKeyAdministration
{
    Task<IReadOnlyList<ApiKey>> KeysAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKeyUser>> UsersAsync(CancellationToken cancellationToken = default);

    /// <exception cref="ArgumentException">The name or user is not valid.</exception>
    /// <exception cref="UnauthorizedAccessException"><paramref name="admin"/> is not an admin.</exception>
    Task<IssuedApiKey> IssueAsync(string name, string userName, string admin, CancellationToken cancellationToken = default);

    /// <summary>False when the key was already revoked or does not exist.</summary>
    /// <exception cref="UnauthorizedAccessException"><paramref name="admin"/> is not an admin.</exception>
    Task<bool> RevokeAsync(long keyId, string admin, CancellationToken cancellationToken = default);
}
