namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Campaigns;

/// <summary>Records the campaigns a form creates and answers with <see cref="Result"/>.</summary>
internal sealed class FakeCampaignAdmin : ICampaignAdmin
{
    public AdminResult Result { get; set; } = AdminResult.Ok;

    public List<(string Id, CampaignSettings Settings)> Created { get; } = [];

    public Task<IReadOnlyList<CampaignSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CampaignSummary>>([new("TESTCAMP", "Test", DialMethod.Ratio, ["SALESLINE"], true)]);

    public Task<CampaignDetails?> GetAsync(ClaimsPrincipal caller, string id, CancellationToken cancellationToken = default) =>
        Task.FromResult<CampaignDetails?>(null);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default)
    {
        Created.Add((id, settings));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, CampaignSettings settings, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);
}
