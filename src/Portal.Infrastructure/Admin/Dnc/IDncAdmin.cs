namespace Portal.Infrastructure.Admin.Dnc;

using System.Security.Claims;

/// <summary>The do-not-call lists (the system's and each campaign's); every call checks that the caller is an admin.</summary>
public interface IDncAdmin
{
    /// <summary>Numbers containing <paramref name="number"/> (all when empty), newest first, at most <see cref="DncAdmin.MaxResults"/>.</summary>
    Task<IReadOnlyList<DncEntry>> SearchAsync(ClaimsPrincipal caller, string? number, CancellationToken cancellationToken = default);

    Task<AdminResult> AddAsync(ClaimsPrincipal caller, string phoneNumber, string? campaignId, CancellationToken cancellationToken = default);

    /// <summary>Takes a number off a list: it may be dialled again. Calls and leads are not touched.</summary>
    Task<AdminResult> RemoveAsync(ClaimsPrincipal caller, long id, CancellationToken cancellationToken = default);
}
