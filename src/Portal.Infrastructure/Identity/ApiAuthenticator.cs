namespace Portal.Infrastructure.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Checks API credentials with Identity's password hasher and lock-out (10 failures lock for 15 minutes, as
/// VICIdial does). A successful API login does not reset the failure count, also as VICIdial does.
/// </summary>
public sealed class ApiAuthenticator(IServiceScopeFactory scopes)
{
    public async Task<ApiAuthResult> AuthenticateAsync(string userName, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        if (user is null || !user.Active || user.UserLevel < 1)
        {
            return ApiAuthResult.Failed(ApiAuthCode.Bad, user?.UserGroupId ?? "");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return ApiAuthResult.Failed(ApiAuthCode.Lock, user.UserGroupId);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return ApiAuthResult.Failed(ApiAuthCode.Bad, user.UserGroupId);
        }

        return new ApiAuthResult(ApiAuthCode.Good, user.UserName, user.UserGroupId, user.ApiPermissions);
    }
}
