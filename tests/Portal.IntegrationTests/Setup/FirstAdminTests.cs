namespace Portal.IntegrationTests.Setup;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Identity;

/// <summary>A production install (no demo data) gets its first admin from configuration, once, and can sign in.</summary>
public sealed class FirstAdminTests(FirstAdminTests.BareFactory factory) : IClassFixture<FirstAdminTests.BareFactory>
{
    [Fact]
    public async Task The_configured_first_admin_exists_with_the_admin_role_and_can_sign_in()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        var admin = await users.FindByNameAsync("owner");

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, PortalRoles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "First-admin-1"));
        Assert.Single(await users.GetUsersInRoleAsync(PortalRoles.Admin));
        using var login = await LoginPage.SubmitAsync(
            factory.CreateClient(new() { AllowAutoRedirect = false }), "owner", "First-admin-1");
        Assert.True(LoginPage.SetsAuthCookie(login), "The first admin could not sign in.");
    }

    [Fact]
    public async Task Demo_users_are_not_created_without_demo_seeding()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        Assert.Null(await users.FindByNameAsync("admin"));
        Assert.Null(await users.FindByNameAsync("1001"));
    }

    public sealed class BareFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:SeedDemoData", "false");
            builder.UseSetting("Portal:FirstAdmin:UserName", "owner");
            builder.UseSetting("Portal:FirstAdmin:Password", "First-admin-1");
        }
    }
}
