namespace Portal.IntegrationTests;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;

/// <summary>
/// Repeated API credentials are verified once (PBKDF2 costs tens of milliseconds) and cached safely: keyed by an
/// HMAC, never the password; failures are never cached; any change to the user through Portal invalidates.
/// </summary>
public sealed class ApiCredentialCacheTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    private const string Password = "Cache-demo-1";
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> CallAsync(string user, string password) =>
        _client.GetApiAsync(AgentApi.Query(
            ("source", "test"), ("user", user), ("pass", password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE")));

    [Fact]
    public async Task A_cached_success_does_not_verify_the_password_again()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, Password);
        var verified = factory.Hasher.Verifications;

        var second = await CallAsync(user, Password);
        var third = await CallAsync(user, Password);

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", second.Body);
        Assert.Equal(second.Body, third.Body);
        Assert.Equal(verified, factory.Hasher.Verifications);
    }

    [Fact]
    public async Task Failed_attempts_are_never_cached()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, "Wrong-pass-1");
        var verified = factory.Hasher.Verifications;

        var reply = await CallAsync(user, "Wrong-pass-1");

        Assert.Equal($"ERROR: Invalid Username/Password: |{user}||0|0|BAD|\n", reply.Body);
        Assert.Equal(verified + 1, factory.Hasher.Verifications);
    }

    [Fact]
    public async Task A_changed_password_invalidates_the_cached_one()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, Password);

        await factory.ChangeUserAsync(user, (users, u) => users.ChangePasswordAsync(u, Password, "Cache-demo-2"));

        Assert.Equal($"ERROR: Invalid Username/Password: |{user}||0|0|BAD|\n", (await CallAsync(user, Password)).Body);
        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", (await CallAsync(user, "Cache-demo-2")).Body);
    }

    [Fact]
    public async Task Changed_permissions_apply_to_the_next_call()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, Password);

        await factory.ChangeUserAsync(user, (users, u) =>
        {
            u.ApiAllowedFunctions = "logout";
            return users.UpdateAsync(u);
        });

        Assert.Equal(
            $"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PAUSE|{user}|external_pause|API\n",
            (await CallAsync(user, Password)).Body);
    }

    [Fact]
    public async Task Lock_out_still_applies_to_a_cached_user()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, Password);

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await CallAsync(user, "Wrong-pass-1");
        }

        Assert.Equal($"ERROR: Invalid Username/Password: |{user}||0|0|LOCK|\n", (await CallAsync(user, Password)).Body);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_at_once()
    {
        var user = await factory.AddApiUserAsync(Password);
        await CallAsync(user, Password);

        await factory.ChangeUserAsync(user, (users, u) =>
        {
            u.Active = false;
            return users.UpdateAsync(u);
        });

        Assert.Equal($"ERROR: Invalid Username/Password: |{user}||0|0|BAD|\n", (await CallAsync(user, Password)).Body);
    }

    [Fact]
    public async Task The_cache_key_never_contains_the_password()
    {
        var user = await factory.AddApiUserAsync(Password);
        var authenticator = factory.Services.GetRequiredService<ApiAuthenticator>();

        await CallAsync(user, Password);

        var key = authenticator.CacheKey(user, Password);
        Assert.Contains(key, authenticator.CachedKeys);
        Assert.All(authenticator.CachedKeys, k =>
        {
            Assert.DoesNotContain(Password, k, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Password)), k, StringComparison.Ordinal);
        });
        Assert.Equal(32, Convert.FromBase64String(key).Length);
    }
}
