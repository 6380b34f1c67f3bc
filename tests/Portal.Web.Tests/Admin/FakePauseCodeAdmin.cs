namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Catalog;

/// <summary>Two pause codes for every campaign; records the pause codes created and answers with <see cref="Result"/>.</summary>
internal sealed class FakePauseCodeAdmin : IPauseCodeAdmin
{
    public AdminResult Result { get; set; } = AdminResult.Ok;

    public List<(string Code, string? CampaignId, string Name, bool Billable)> Created { get; } = [];

    public Task<IReadOnlyList<PauseCodeSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PauseCodeSummary>>(
        [
            new("LUNCH", null, "Lunch", false, true),
            new("TRAIN", null, "Training", true, false),
        ]);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default)
    {
        Created.Add((code, campaignId, name, billable));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, bool billable, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);
}
