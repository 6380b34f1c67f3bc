namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.UserGroups;

/// <summary>Offers <see cref="Groups"/>; records the user groups created.</summary>
internal sealed class FakeUserGroupAdmin : IUserGroupAdmin
{
    public List<UserGroupSummary> Groups { get; } =
    [
        new("AGENTS", "Agents", new UserGroupSettings("Agents", false, ["TESTCAMP"], true, []), true, 20),
        new("OLD", "Old team", new UserGroupSettings("Old team", true, [], true, []), false, 0),
    ];

    public Task<IReadOnlyList<UserGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserGroupSummary>>(Groups);

    public List<(string Id, UserGroupSettings Settings)> Created { get; } = [];

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default)
    {
        Created.Add((id, settings));
        return Task.FromResult(AdminResult.Ok);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default) =>
        Task.FromResult(AdminResult.Ok);
}
