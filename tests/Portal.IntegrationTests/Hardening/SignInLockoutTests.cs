namespace Portal.IntegrationTests.Hardening;

using System.Net;
using Microsoft.AspNetCore.Hosting;

/// <summary>
/// Lock-out that an attacker cannot turn into a denial of service: failures count per user AND client address, and
/// per address across users (HTTP 429 on the screens, VICIdial's LOCK line on /agc/api.php).
/// </summary>
public sealed class SignInLockoutTests(SignInLockoutTests.Factory factory) : IClassFixture<SignInLockoutTests.Factory>
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_user_at_that_address_only()
    {
        using var attacker = factory.ClientAt("198.51.100.1");
        using var crm = factory.ClientAt("198.51.100.2");
        for (var i = 0; i < 10; i++)
        {
            Assert.Contains("|api||0|0|BAD|", (await attacker.GetApiAsync(Version("api", "Wrong-pass-1"))).Body, StringComparison.Ordinal);
        }

        var locked = await attacker.GetApiAsync(Version("api", AgentApi.Password));
        var elsewhere = await crm.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1099"), ("value", "PAUSE")));

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|LOCK|\n", locked.Body);
        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", elsewhere.Body);
    }

    [Fact]
    public async Task Wrong_passwords_on_the_agent_api_do_not_lock_a_user_without_agent_api_access_out_of_the_screens()
    {
        using var attacker = factory.ClientAt("198.51.100.3");
        for (var i = 0; i < 11; i++)
        {
            await attacker.GetApiAsync(Version("admin", "Wrong-pass-1"));
        }

        using var response = await LoginPage.SubmitAsync(attacker, "admin", "Admin-demo-1");

        Assert.True(LoginPage.SetsAuthCookie(response), $"admin could not sign in: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Unknown_and_existing_users_are_refused_and_locked_in_the_same_words()
    {
        using var client = factory.ClientAt("198.51.100.4");

        var known = await client.GetApiAsync(Version("1005", "Wrong-pass-1"));
        var unknown = await client.GetApiAsync(Version("nosuchuser", "Wrong-pass-1"));
        for (var i = 0; i < 9; i++)
        {
            await client.GetApiAsync(Version("nosuchuser", "Wrong-pass-1"));
        }

        var unknownLocked = await client.GetApiAsync(Version("nosuchuser", "Wrong-pass-1"));

        Assert.Equal("ERROR: Invalid Username/Password: |1005||0|0|BAD|\n", known.Body);
        Assert.Equal("ERROR: Invalid Username/Password: |nosuchuser||0|0|BAD|\n", unknown.Body);
        Assert.Equal("ERROR: Invalid Username/Password: |nosuchuser||0|0|LOCK|\n", unknownLocked.Body);
    }

    [Fact]
    public async Task One_address_trying_many_users_is_throttled_on_every_surface()
    {
        using var sprayer = factory.ClientAt("198.51.100.5");
        for (var i = 0; i < Factory.FailuresPerAddress; i++)
        {
            await sprayer.GetApiAsync(Version($"user{i}", "Wrong-pass-1"));
        }

        var api = await sprayer.GetApiAsync(Version("api", AgentApi.Password));
        using var screen = await LoginPage.SubmitAsync(sprayer, "1006", AgentApi.AgentPassword);
        using var other = factory.ClientAt("198.51.100.6");
        var fromElsewhere = await other.GetApiAsync(Version("api", AgentApi.Password));

        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|LOCK|\n", api.Body);
        Assert.Equal(HttpStatusCode.TooManyRequests, screen.StatusCode);
        Assert.False(LoginPage.SetsAuthCookie(screen));
        Assert.StartsWith("ERROR: agent_user is not logged in", fromElsewhere.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_address_sending_many_invalid_api_keys_gets_429_and_other_addresses_keep_working()
    {
        var key = (await factory.Get<Portal.Infrastructure.Integrations.ApiKeyRegistry>().IssueAsync("lock-out test", "api", "admin")).Secret;
        using var guesser = factory.ClientAt("198.51.100.7");
        guesser.DefaultRequestHeaders.Authorization = new("Bearer", "pk_not-a-real-key");
        for (var i = 0; i < Factory.FailuresPerAddress; i++)
        {
            using var refused = await guesser.GetAsync(new Uri("/api/v1/agents", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var throttled = await guesser.GetAsync(new Uri("/api/v1/agents", UriKind.Relative));
        guesser.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var validFromThere = await guesser.GetAsync(new Uri("/api/v1/agents", UriKind.Relative));
        using var elsewhere = factory.ClientAt("198.51.100.8");
        elsewhere.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var validElsewhere = await elsewhere.GetAsync(new Uri("/api/v1/agents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, validFromThere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, validElsewhere.StatusCode);
    }

    private static string Version(string user, string password) =>
        AgentApi.Query(("source", "test"), ("user", user), ("pass", password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE"));

    public sealed class Factory : ConnectionAddressFactory
    {
        public const int FailuresPerAddress = 15;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:SignIn:FailuresPerAddress", $"{FailuresPerAddress}");
        }
    }
}
