namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;

/// <summary>A copied sign-in cookie dies with the sign-in: sign-out, a new password or deactivation end it at the next request.</summary>
public sealed class SignInRevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_cookie_captured_before_sign_out_is_refused_after_it()
    {
        var browser = SignIn.Browser(factory);
        var captured = await SignIn.CookieAsync(browser, "super", "Super-demo-1");
        Assert.True(await SignIn.IsAcceptedAsync(factory, captured));

        await SignIn.SignOutAsync(browser);

        Assert.False(await SignIn.IsAcceptedAsync(factory, captured));
    }

    [Fact]
    public async Task A_cookie_is_refused_once_its_user_is_deactivated()
    {
        var captured = await SignIn.CookieAsync(SignIn.Browser(factory), "1003", AgentApi.AgentPassword);
        Assert.True(await SignIn.IsAcceptedAsync(factory, captured));

        await ChangeAsync("1003", async (users, user) =>
        {
            user.Active = false;
            return await users.UpdateAsync(user);
        });

        Assert.False(await SignIn.IsAcceptedAsync(factory, captured));
    }

    [Fact]
    public async Task A_cookie_is_refused_once_its_users_password_is_changed()
    {
        var captured = await SignIn.CookieAsync(SignIn.Browser(factory), "1004", AgentApi.AgentPassword);

        await ChangeAsync("1004", (users, user) => users.ChangePasswordAsync(user, AgentApi.AgentPassword, "Agent-demo-2-changed"));

        Assert.False(await SignIn.IsAcceptedAsync(factory, captured));
    }

    [Fact]
    public async Task Signing_in_again_after_sign_out_works()
    {
        var browser = SignIn.Browser(factory);
        await SignIn.CookieAsync(browser, "1005", AgentApi.AgentPassword);
        await SignIn.SignOutAsync(browser);

        var again = await SignIn.CookieAsync(SignIn.Browser(factory), "1005", AgentApi.AgentPassword);

        Assert.True(await SignIn.IsAcceptedAsync(factory, again));
    }

    private async Task ChangeAsync(string userName, Func<UserManager<PortalUser>, PortalUser, Task<IdentityResult>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        var result = await change(users, user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
