namespace Portal.Infrastructure.Admin.Campaigns;

using System.Security.Claims;
using Portal.Domain.Campaigns;

/// <summary>Creating, changing and deactivating campaigns; every call checks that the caller is an admin.</summary>
public interface ICampaignAdmin
{
    Task<IReadOnlyList<CampaignSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<CampaignDetails?> GetAsync(ClaimsPrincipal caller, string id, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default);

    /// <summary>An inactive campaign keeps its lists, leads and history; agents cannot log in to it and it is not dialled.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default);
}
