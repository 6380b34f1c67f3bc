namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Leads;

/// <summary>One list to choose from; records the lists a form creates and answers with <see cref="Result"/>.</summary>
internal sealed class FakeListAdmin : IListAdmin
{
    public AdminResult Result { get; set; } = AdminResult.Ok;

    public List<(long Id, string Name, string CampaignId)> Created { get; } = [];

    public Task<IReadOnlyList<LeadListSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LeadListSummary>>([new(201, "Inbound callers", "INBOUND", true, 100)]);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default)
    {
        Created.Add((id, name, campaignId));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, long id, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);
}
