namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Domain.Users;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Users;

/// <summary>Records the users a form creates or changes and answers with <see cref="Result"/>.</summary>
internal sealed class FakeUserAdmin : IUserAdmin
{
    public AdminResult Result { get; set; } = AdminResult.Ok;

    public List<(string UserName, string Password, UserSettings Settings)> Created { get; } = [];

    /// <summary>The user GetAsync finds, whatever the name asked for.</summary>
    public UserDetails? Details { get; set; }

    public List<(string UserName, bool Active)> ActiveChanges { get; } = [];

    public Task<IReadOnlyList<UserSummary>> ListAsync(ClaimsPrincipal caller, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserSummary>>([]);

    public Task<UserDetails?> GetAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Details);

    public Task<AdminResult> CreateAsync(ClaimsPrincipal caller, string userName, string password, UserSettings settings, CancellationToken cancellationToken = default)
    {
        Created.Add((userName, password, settings));
        return Task.FromResult(Result);
    }

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, string userName, UserSettings settings, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> ResetPasswordAsync(ClaimsPrincipal caller, string userName, string newPassword, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> UnlockAsync(ClaimsPrincipal caller, string userName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Result);

    public Task<AdminResult> SetActiveAsync(ClaimsPrincipal caller, string userName, bool active, CancellationToken cancellationToken = default)
    {
        ActiveChanges.Add((userName, active));
        return Task.FromResult(Result);
    }
}
