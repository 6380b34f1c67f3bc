namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;
using Portal.Domain.Campaigns;

/// <summary>
/// System statuses (every campaign has them) and campaign statuses; every call checks that the caller is an admin.
/// A status is identified by its code and campaign (null for a system status).
/// </summary>
public interface IStatusAdmin
{
    /// <summary>Every status: the system's first, then each campaign's.</summary>
    Task<IReadOnlyList<StatusSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default);

    /// <summary>An inactive status stays on the calls and leads that have it; agents and APIs can no longer choose it.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default);
}
