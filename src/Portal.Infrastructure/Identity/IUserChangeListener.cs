namespace Portal.Infrastructure.Identity;

/// <summary>
/// Something that remembers facts about users (credentials, names, groups, rights) and must forget them when a user
/// changes. <see cref="PortalUserManager"/> tells every registered listener after each change it writes.
/// </summary>
public interface IUserChangeListener
{
    void UserChanged(PortalUser user);
}
