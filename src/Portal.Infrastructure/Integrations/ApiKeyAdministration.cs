namespace Portal.Infrastructure.Integrations;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Data;

/// <summary>The API keys page's service: the registry's keys (revoked ones too) and the active users keys may be issued for.</summary>
public sealed class ApiKeyAdministration(ApiKeyRegistry registry, IDbContextFactory<PortalDbContext> contexts) : IApiKeyAdministration
{
    public Task<IReadOnlyList<ApiKey>> KeysAsync(CancellationToken cancellationToken = default) =>
        registry.ListAsync(includeRevoked: true, cancellationToken);

    public async Task<IReadOnlyList<ApiKeyUser>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Active && u.UserName != null)
            .OrderByDescending(u => u.AgentApiAccess).ThenBy(u => u.UserName)
            .Select(u => new ApiKeyUser(u.UserName!, u.FullName, u.AgentApiAccess))
            .ToListAsync(cancellationToken);
    }

    public Task<IssuedApiKey> IssueAsync(string name, string userName, string admin, CancellationToken cancellationToken = default) =>
        registry.IssueAsync(name, userName, admin, cancellationToken);

    public Task<bool> RevokeAsync(long keyId, string admin, CancellationToken cancellationToken = default) =>
        registry.RevokeAsync(keyId, admin, cancellationToken);
}
