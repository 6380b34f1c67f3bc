namespace Portal.Infrastructure.Admin.Users;

using System.Security.Claims;
using Portal.Domain.Users;

/// <summary>Creating, changing and deactivating users; every call checks that the caller is an admin.</summary>
public interface IUserAdmin
{
    Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default);

    Task<UserDetails?> GetAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default);

    Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string userName, string password, UserSettings settings, CancellationToken cancellationToken = default);

    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string userName, UserSettings settings, CancellationToken cancellationToken = default);

    Task<AdminResult> ResetPasswordAsync(ClaimsPrincipal caller, string userName, string newPassword, CancellationToken cancellationToken = default);

    Task<AdminResult> UnlockAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default);

    /// <summary>Deactivating keeps the user and their history; they can no longer sign in or use the APIs, and a live session ends.</summary>
    Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string userName, bool active, CancellationToken cancellationToken = default);
}
