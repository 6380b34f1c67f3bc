namespace Portal.Infrastructure.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Identity's user manager, plus: every change to a user (password, lock-out, failed logins, permissions, name,
/// deletion) forgets the API credentials cached for that user, so the next API call is checked afresh.
/// </summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<PortalUser> passwordHasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    ApiAuthenticator apiAuthenticator,
    AgentDirectory agentDirectory,
    ApiKeyRegistry apiKeys)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(PortalUser user)
    {
        var result = await base.CreateAsync(user);
        agentDirectory.Invalidate();
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(PortalUser user)
    {
        var result = await base.DeleteAsync(user);
        apiAuthenticator.Invalidate(user);
        agentDirectory.Invalidate();
        apiKeys.Invalidate();
        return result;
    }

    /// <summary>Every UserManager change ends here; the cache is cleared after the write, so no reader caches the old state.</summary>
    protected override async Task<IdentityResult> UpdateUserAsync(PortalUser user)
    {
        var result = await base.UpdateUserAsync(user);
        apiAuthenticator.Invalidate(user);
        agentDirectory.Invalidate();
        apiKeys.Invalidate();
        return result;
    }
}
