namespace Portal.Infrastructure.Admin.UserGroups;

using System.Security.Claims;

/// <summary>Creating, changing and deactivating user groups; every call checks that the caller is an admin.</summary>
public interface IUserGroupAdmin
{
    Task<IReadOnlyList<UserGroupSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string id, UserGroupSettings settings, CancellationToken cancellationToken = default);

    /// <summary>An inactive group keeps its members, but grants them no campaigns and its supervisors see no one.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string id, bool active, CancellationToken cancellationToken = default);
}
