namespace Portal.IntegrationTests.Integrations;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;

/// <summary>API keys are issued by admins, shown once, stored hashed, and stop working the moment they are revoked.</summary>
public sealed class ApiKeyRegistryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ApiKeyRegistry Keys => factory.Services.GetRequiredService<ApiKeyRegistry>();

    [Fact]
    public async Task An_issued_key_identifies_its_user_and_is_stored_only_as_a_hash()
    {
        var issued = await Keys.IssueAsync("CRM", "api", "admin");

        var holder = await Keys.VerifyAsync(issued.Secret);

        Assert.NotNull(holder);
        Assert.Equal("api", holder.UserName);
        Assert.True(holder.Permissions.AgentApiAccess);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var stored = await db.ApiKeys.SingleAsync(k => k.Id == issued.Key.Id);
        Assert.NotEqual(issued.Secret, stored.KeyHash);
        Assert.DoesNotContain(issued.Secret, stored.KeyHash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        Assert.StartsWith(stored.Prefix, issued.Secret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_even_when_recently_verified()
    {
        var issued = await Keys.IssueAsync("Dialer", "api", "admin");
        Assert.NotNull(await Keys.VerifyAsync(issued.Secret));

        Assert.True(await Keys.RevokeAsync(issued.Key.Id, "admin"));

        Assert.Null(await Keys.VerifyAsync(issued.Secret));
        Assert.False(await Keys.RevokeAsync(issued.Key.Id, "admin"));
    }

    [Fact]
    public async Task Unknown_and_malformed_keys_are_refused()
    {
        Assert.Null(await Keys.VerifyAsync("pk_not-a-key"));
        Assert.Null(await Keys.VerifyAsync("Api-demo-1"));
        Assert.Null(await Keys.VerifyAsync(""));
    }

    [Fact]
    public async Task Only_an_admin_may_issue_or_revoke_keys()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Keys.IssueAsync("Mine", "api", "super"));
        var issued = await Keys.IssueAsync("Theirs", "api", "admin");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Keys.RevokeAsync(issued.Key.Id, "1001"));
    }

    [Fact]
    public async Task A_key_of_a_deactivated_user_stops_working()
    {
        var issued = await Keys.IssueAsync("Temp", "1020", "admin");
        Assert.NotNull(await Keys.VerifyAsync(issued.Secret));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("1020"))!;
            user.Active = false;
            await users.UpdateAsync(user);
        }

        Assert.Null(await Keys.VerifyAsync(issued.Secret));
    }
}
