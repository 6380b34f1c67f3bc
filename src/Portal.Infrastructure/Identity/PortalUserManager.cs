namespace Portal.Infrastructure.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's user manager, plus: every change to a user (password, lock-out, failed logins, permissions, name,
/// deletion) is told to every <see cref="IUserChangeListener"/> (API credential, key and token caches, the agent
/// directory), so the next call is checked afresh.
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
    IEnumerable<IUserChangeListener> listeners)
    : UserManager<PortalUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(PortalUser user)
    {
        var result = await base.CreateAsync(user);
        Notify(user);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(PortalUser user)
    {
        var result = await base.DeleteAsync(user);
        Notify(user);
        return result;
    }

    /// <summary>Every UserManager change ends here; the cache is cleared after the write, so no reader caches the old state.</summary>
    protected override async Task<IdentityResult> UpdateUserAsync(PortalUser user)
    {
        var result = await base.UpdateUserAsync(user);
        Notify(user);
        return result;
    }

    private void Notify(PortalUser user)
    {
        foreach (var listener in listeners)
        {
            listener.UserChanged(user);
        }
    }
}
