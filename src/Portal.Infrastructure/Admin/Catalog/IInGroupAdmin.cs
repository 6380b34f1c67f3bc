namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;

/// <summary>Creating, changing and deactivating in-groups; every call checks that the caller is an admin.</summary>
public interface IInGroupAdmin
{
    Task<IReadOnlyList<InGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default);

    /// <summary>An inactive in-group keeps its calls' history; it is no longer offered to agents and gets no new callers.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default);
}
