namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Leads;

/// <summary>One list to choose from; changes are not expected from the forms under test.</summary>
internal sealed class FakeListAdmin : IListAdmin
{
    public Task<IReadOnlyList<LeadListSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LeadListSummary>>([new(201, "Inbound callers", "INBOUND", true, 100)]);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long id, string name, string campaignId, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, long id, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);
}
