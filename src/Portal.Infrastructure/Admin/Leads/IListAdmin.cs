namespace Portal.Infrastructure.Admin.Leads;

using System.Security.Claims;

/// <summary>Creating, changing and deactivating lead lists; every call checks that the caller is an admin.</summary>
public interface IListAdmin
{
    Task<IReadOnlyList<LeadListSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default);

    /// <summary>An inactive list keeps its leads; they are no longer dialled and manual dials no longer add leads to it.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, long id, bool active, CancellationToken cancellationToken = default);
}
