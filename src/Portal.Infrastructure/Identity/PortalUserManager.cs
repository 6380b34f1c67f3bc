namespace Portal.Infrastructure.Identity;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's user manager, plus: every change to a user (password, lock-out, failed logins, permissions, name,
/// deletion) is told to every <see cref="IUserChangeListener"/> (API credential, key and token caches, the agent
/// directory), so the next call is checked afresh; and a password change ends what the old password opened
/// (every <see cref="IPasswordChangeListener"/>: ContactNow tokens).
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
    IEnumerable<IUserChangeListener> listeners,
    IEnumerable<IPasswordChangeListener> passwordListeners)
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

    public override async Task<IdentityResult> ChangePasswordAsync(PortalUser user, string currentPassword, string newPassword) =>
        await AfterPasswordChangeAsync(user, await base.ChangePasswordAsync(user, currentPassword, newPassword));

    public override async Task<IdentityResult> ResetPasswordAsync(PortalUser user, string token, string newPassword) =>
        await AfterPasswordChangeAsync(user, await base.ResetPasswordAsync(user, token, newPassword));

    public override async Task<IdentityResult> AddPasswordAsync(PortalUser user, string password) =>
        await AfterPasswordChangeAsync(user, await base.AddPasswordAsync(user, password));

    public override async Task<IdentityResult> RemovePasswordAsync(PortalUser user) =>
        await AfterPasswordChangeAsync(user, await base.RemovePasswordAsync(user));

    private async Task<IdentityResult> AfterPasswordChangeAsync(PortalUser user, IdentityResult result)
    {
        if (result.Succeeded)
        {
            foreach (var listener in passwordListeners)
            {
                await listener.PasswordChangedAsync(user);
            }
        }

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
