namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Domain.Campaigns;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Catalog;

/// <summary>In-groups and statuses for the forms that offer them; records in-groups and statuses created and statuses (de)activated.</summary>
internal sealed class FakeCatalog : IInGroupAdmin, IStatusAdmin
{
    public AdminResult Result { get; set; } = AdminResult.Ok;

    public List<(string Id, InGroupSettings Settings)> CreatedInGroups { get; } = [];

    public List<(string Code, string? CampaignId, string Name, StatusFlags Flags)> CreatedStatuses { get; } = [];

    public List<(string Code, bool Active)> StatusActivations { get; } = [];

    public Task<IReadOnlyList<InGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InGroupSummary>>(
        [
            new("SALESLINE", new InGroupSettings("Sales line", "#2e7d32", 5, null), true, ["TESTCAMP"]),
            new("OLDQ", new InGroupSettings("Old queue", "#000000", 1, null), false, []),
        ]);

    Task<IReadOnlyList<StatusSummary>> IStatusAdmin.ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StatusSummary>>(
        [
            new("SALE", null, "Sale made", StatusFlags.Selectable | StatusFlags.Sale, true),
            new("NEW", null, "New lead", StatusFlags.None, true),
            new("GONE", null, "Retired", StatusFlags.Selectable, false),
        ]);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default)
    {
        CreatedInGroups.Add((id, settings));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, InGroupSettings settings, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default)
    {
        CreatedStatuses.Add((code, campaignId, name, flags));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string code, string? campaignId, string name, StatusFlags flags, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string code, string? campaignId, bool active, CancellationToken cancellationToken = default)
    {
        StatusActivations.Add((code, active));
        return Task.FromResult(Result);
    }
}
