namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Identity;

/// <summary>A quiet portal whose password hasher counts verifications, with a helper to add fresh API users.</summary>
public sealed class CountingHasherFactory : PortalFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    /// <summary>A new API user with ALL_FUNCTIONS and the given password, so each test can lock or change its own user.</summary>
    public async Task<string> AddApiUserAsync(string password)
    {
        var name = "cache" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(
            new PortalUser { UserName = name, UserLevel = 8, UserGroupId = "API", AgentApiAccess = true, ApiAllowedFunctions = ApiPermissions.AllFunctions },
            password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return name;
    }

    /// <summary>Runs a change through Identity's user manager, as any part of Portal that edits a user does.</summary>
    public async Task ChangeUserAsync(string name, Func<UserManager<PortalUser>, PortalUser, Task<IdentityResult>> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(name);
        Assert.NotNull(user);
        var result = await change(users, user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<PortalUser>>(Hasher));
    }
}
