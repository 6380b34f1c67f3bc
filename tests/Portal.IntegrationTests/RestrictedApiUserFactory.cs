namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;

/// <summary>A quiet portal whose api user may use only <see cref="AllowedFunctions"/> (set through Identity).</summary>
public sealed class RestrictedApiUserFactory : PortalFactory
{
    public const string AllowedFunctions = "external_pause logout";

    /// <summary>Call once before the first request: the API user's permissions are read when it authenticates.</summary>
    public async Task RestrictAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var api = await users.FindByNameAsync(AgentApi.User);
        Assert.NotNull(api);
        api.ApiAllowedFunctions = AllowedFunctions;
        Assert.True((await users.UpdateAsync(api)).Succeeded);
    }
}
