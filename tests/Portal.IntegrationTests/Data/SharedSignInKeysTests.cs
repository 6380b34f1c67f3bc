namespace Portal.IntegrationTests.Data;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// The keys that protect sign-in cookies live in the database: a second Portal on the same data (another node, or the
/// same site after a move or a restart on a fresh machine) accepts the cookies the first one issued.
/// </summary>
public sealed class SharedSignInKeysTests
{
    [Fact]
    public async Task A_cookie_issued_by_one_portal_is_accepted_by_another_on_the_same_database()
    {
        using var first = new PortalFactory();
        using var browser = SignIn.Browser(first);
        var cookie = await SignIn.CookieAsync(browser, "super", "Super-demo-1");
        Assert.True(await SignIn.IsAcceptedAsync(first, cookie));

        using var second = new TunedPortalFactory(("ConnectionStrings:Portal", first.ConnectionString));

        Assert.True(await SignIn.IsAcceptedAsync(second, cookie));
        Assert.NotEqual(0, await second.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task A_portal_on_other_data_does_not_accept_it()
    {
        using var first = new PortalFactory();
        using var browser = SignIn.Browser(first);
        var cookie = await SignIn.CookieAsync(browser, "super", "Super-demo-1");

        using var other = new PortalFactory();

        Assert.False(await SignIn.IsAcceptedAsync(other, cookie));
    }
}
