namespace Portal.Infrastructure.Admin.Catalog;

using System.Security.Claims;

/// <summary>
/// Pause codes for every campaign or for one; every call checks that the caller is an admin. A pause code is
/// identified by its code and campaign (null for every campaign).
/// </summary>
public interface IPauseCodeAdmin
{
    Task<IReadOnlyList<PauseCodeSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default);

    /// <summary>An inactive pause code stays in the agent log; agents are no longer offered it.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default);
}
