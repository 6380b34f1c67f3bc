namespace Portal.Infrastructure.Identity;

/// <summary>
/// Something a user's password vouched for that must end when the password changes (ContactNow tokens, issued for a
/// user name and password). <see cref="PortalUserManager"/> tells every registered listener after a password is
/// changed, reset, added or removed.
/// </summary>
public interface IPasswordChangeListener
{
    Task PasswordChangedAsync(PortalUser user);
}
