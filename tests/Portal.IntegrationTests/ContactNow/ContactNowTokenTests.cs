namespace Portal.IntegrationTests.ContactNow;

using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations.ContactNow;

/// <summary>/token.php: tokens for API users, stored as hashes, bound to addresses, expiring and revocable.</summary>
public sealed class ContactNowTokenTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_issues_a_url_safe_token_that_expires_in_12_hours()
    {
        var before = factory.Clock.GetUtcNow();

        var reply = (await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", "api"), ("password", AgentApi.Password))).Succeeded();

        var token = reply["token"]!;
        Assert.True(token.Length >= 43, token);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"{c} is not URL-safe"));
        var expire = long.Parse(reply["expire"]!, CultureInfo.InvariantCulture);
        Assert.InRange(expire, (before + TimeSpan.FromHours(12)).ToUnixTimeSeconds(), (factory.Clock.GetUtcNow() + TimeSpan.FromHours(12)).ToUnixTimeSeconds());
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_tokens_hash_is_stored()
    {
        var token = await _client.NewTokenAsync();

        var rows = await factory.QueryAsync(db => db.ContactNowTokens.AsNoTracking().ToListAsync());

        var row = Assert.Single(rows, r => r.TokenHash == TokenSecret.Hash(token));
        Assert.Equal("api", row.UserName);
        Assert.Equal("127.0.0.1", row.AllowedAddresses);
        Assert.DoesNotContain(rows, r => r.TokenHash.Contains(token, StringComparison.Ordinal) || r.AllowedAddresses.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_by_post_form_issues_a_token_in_xml()
    {
        var reply = await _client.PostAsync("/token.php", [("action", "get"), ("username", "api"), ("password", AgentApi.Password), ("format", "xml")]);

        reply.Succeeded();
        Assert.Equal("text/xml; charset=ISO-8859-1", reply.ContentType);
        Assert.NotEmpty(reply["token"]!);
    }

    [Theory]
    [InlineData("api", "wrong-password", "Authentication failure")]
    [InlineData("nobody", "Api-demo-1", "Authentication failure")]
    [InlineData("api", "", "Authentication failure")]
    [InlineData(ContactNowFactory.NoApi, AgentApi.Password, "Authentication failure")]
    [InlineData("1001", AgentApi.AgentPassword, "Authentication failure")]
    public async Task Get_refuses_callers_who_may_not_have_a_token(string user, string password, string error)
    {
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", user), ("password", password));

        reply.Failed(error);
        Assert.Null(reply["token"]);
    }

    [Fact]
    public async Task Validate_reports_a_valid_token_and_its_expiry()
    {
        var issued = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", "api"), ("password", AgentApi.Password));

        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", issued["token"]!));

        reply.Succeeded();
        Assert.Equal(issued["expire"], reply["expire"]);
    }

    [Theory]
    [InlineData("not-a-token", "Unknown token")]
    [InlineData("", "Invalid token")]
    public async Task Validate_refuses_an_unknown_token(string token, string error)
    {
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token));

        reply.Failed(error);
    }

    [Theory]
    [InlineData("", "action is required")]
    [InlineData("delete", "unknown action delete")]
    public async Task An_unknown_token_action_is_refused(string action, string error)
    {
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", action));

        reply.Failed(error);
    }

    [Fact]
    public async Task A_token_is_bound_to_the_address_that_asked_for_it()
    {
        var token = await _client.NewTokenAsync(from: "10.0.0.1");

        var elsewhere = await _client.TokenAsync("10.0.0.2", ("action", "validate"), ("token", token));
        var agentElsewhere = await _client.GetAsync("/agent.php", AgentApi.Query(("token", token), ("action", "ready"), ("agentid", "1001")), "10.0.0.2");
        var home = await _client.TokenAsync("10.0.0.1", ("action", "validate"), ("token", token));

        elsewhere.Failed("Invalid token");
        agentElsewhere.Failed("Invalid token");
        home.Succeeded();
    }

    [Fact]
    public async Task An_address_list_replaces_the_requesting_address()
    {
        var token = await _client.NewTokenAsync(from: "10.0.0.9", address: "10.1.1.1, 10.1.1.2 2001:db8::5");

        Assert.True((await _client.TokenAsync("10.1.1.2", ("action", "validate"), ("token", token))).Success);
        Assert.True((await _client.TokenAsync("2001:db8::5", ("action", "validate"), ("token", token))).Success);
        (await _client.TokenAsync("10.0.0.9", ("action", "validate"), ("token", token))).Failed("Invalid token");
    }

    [Theory]
    [InlineData("10.0.0.1 10.0.0.2 10.0.0.3 10.0.0.4 10.0.0.5 10.0.0.6 10.0.0.7 10.0.0.8 10.0.0.9 10.0.0.10 10.0.0.11", "address lists 11 addresses; at most 10 are allowed")]
    [InlineData("10.0.0.1,example.com", "address example.com is not an IPv4 or IPv6 address")]
    [InlineData("10.1", "address 10.1 is not an IPv4 or IPv6 address")]
    [InlineData("300.1.1.1", "address 300.1.1.1 is not an IPv4 or IPv6 address")]
    public async Task A_bad_address_list_gets_no_token(string addresses, string error)
    {
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", "api"), ("password", AgentApi.Password), ("address", addresses));

        reply.Failed(error);
        Assert.Null(reply["token"]);
    }

    [Fact]
    public async Task Ten_addresses_are_allowed()
    {
        var ten = string.Join(',', Enumerable.Range(1, 10).Select(n => $"192.168.0.{n}"));

        var token = await _client.NewTokenAsync(address: ten);

        Assert.True((await _client.TokenAsync("192.168.0.10", ("action", "validate"), ("token", token))).Success);
    }

    [Fact]
    public async Task An_expired_token_is_refused_by_both_endpoints()
    {
        var token = await _client.NewTokenAsync();
        Assert.True((await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Success);

        factory.Clock.Offset = TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1);
        try
        {
            var validate = await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token));
            var agent = await _client.AgentAsync(token, "ready", "1001");

            validate.Failed("Expired token");
            Assert.NotNull(validate["expire"]);
            agent.Failed("Expired token");
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_even_when_cached()
    {
        var token = await _client.NewTokenAsync();
        Assert.True((await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Success);
        var id = await TokenIdAsync(token);

        Assert.True(await factory.Get<ContactNowTokenAdmin>().RevokeAsync(id, "admin"));

        (await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Failed("Invalid token");
        (await _client.AgentAsync(token, "ready", "1001")).Failed("Invalid token");
        var row = await factory.QueryAsync(db => db.ContactNowTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal("admin", row.RevokedBy);
    }

    [Fact]
    public async Task A_new_password_revokes_the_users_tokens()
    {
        var token = await _client.NewTokenAsync(ContactNowFactory.PauseOnly);
        Assert.True((await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Success);
        var id = await TokenIdAsync(token);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync(ContactNowFactory.PauseOnly))!;
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Changed-pass-7");
            Assert.True(reset.Succeeded);
        }

        (await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Failed("Invalid token");
        (await _client.AgentAsync(token, "ready", "1001")).Failed("Invalid token");
        var row = await factory.QueryAsync(db => db.ContactNowTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal("(password changed)", row.RevokedBy);
        var fresh = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", ContactNowFactory.PauseOnly), ("password", "Changed-pass-7"));
        Assert.True(fresh.Success, fresh.Body);
    }

    [Fact]
    public async Task Only_admins_list_and_revoke_tokens()
    {
        var token = await _client.NewTokenAsync();
        var admin = factory.Get<ContactNowTokenAdmin>();
        var id = await TokenIdAsync(token);
        var listed = Assert.Single(await admin.ActiveAsync("admin"), t => t.Id == id);

        Assert.Empty(await admin.ActiveAsync("super"));
        Assert.False(await admin.RevokeAsync(listed.Id, "super"));
        Assert.False(await admin.RevokeAsync(listed.Id, "api"));
        Assert.True((await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token))).Success);
        Assert.Equal(["127.0.0.1"], listed.Addresses);
        Assert.Equal("api", listed.UserName);
    }

    [Fact]
    public async Task Token_calls_are_audited_without_the_password_or_the_token()
    {
        // Other tests of this class leave token.php rows too, written in batches shortly after their calls: this
        // test's calls carry format=json, which no other test sends, to find its own rows.
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", "api"), ("password", AgentApi.Password), ("format", "json"));
        var token = reply["token"]!;
        await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token), ("format", "json"));

        var rows = await Eventually.UntilAsync(
            async () => (await factory.AllAsync()).Where(r => r.ApiScript == "contactnow" && r.Url.StartsWith("/token.php", StringComparison.Ordinal) && r.Url.Contains("format=json", StringComparison.Ordinal)).ToList(),
            r => r.Any(x => x.Function == "validate") && r.Any(x => x.Function == "get"), "this test's token.php audit rows");

        var get = rows.First(r => r.Function == "get" && r.Result == "SUCCESS");
        Assert.Equal("api", get.User);
        Assert.Equal("127.0.0.1", get.RemoteIp);
        Assert.Contains("password=XXXXXXXX", get.Url, StringComparison.Ordinal);
        var validate = rows.Last(r => r.Function == "validate");
        Assert.Contains("token=XXXXXXXX", validate.Url, StringComparison.Ordinal);
        Assert.Equal("api", validate.User);
        Assert.All(await factory.AllAsync(), row =>
        {
            string?[] columns = [row.User, row.AgentUser, row.Function, row.Value, row.ResultReason, row.Data, row.Url];
            Assert.DoesNotContain(columns, c => c?.Contains(token, StringComparison.Ordinal) == true || c?.Contains(AgentApi.Password, StringComparison.Ordinal) == true);
        });
    }

    [Fact]
    public async Task The_token_lifetime_and_account_id_are_configurable()
    {
        using var tuned = new TunedPortalFactory(("ContactNow:TokenLifetime", "00:30:00"), ("ContactNow:AccountId", "10278"));
        var client = tuned.CreateClient();

        // The in-memory server has no peer address, so this token names its address.
        using var response = await client.GetAsync(new Uri($"/token.php?{AgentApi.Query(("action", "get"), ("username", "api"), ("password", AgentApi.Password), ("address", "127.0.0.1"))}", UriKind.Relative));
        var reply = await ContactNowReplyRead.ReadAsync(response, xml: false);

        Assert.True(reply.Success, reply.Body);
        Assert.Equal("10278", reply["account_id"]);
        var expire = DateTimeOffset.FromUnixTimeSeconds(long.Parse(reply["expire"]!, CultureInfo.InvariantCulture));
        Assert.InRange(expire - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task Without_a_peer_address_a_token_must_name_its_addresses()
    {
        using var plain = new PortalFactory();
        using var response = await plain.CreateClient().GetAsync(new Uri($"/token.php?{AgentApi.Query(("action", "get"), ("username", "api"), ("password", AgentApi.Password))}", UriKind.Relative));

        var reply = await ContactNowReplyRead.ReadAsync(response, xml: false);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.Success);
        Assert.Contains("list the allowed addresses in address", reply.Error, StringComparison.Ordinal);
    }

    private Task<long> TokenIdAsync(string token)
    {
        var hash = TokenSecret.Hash(token);
        return factory.QueryAsync(db => db.ContactNowTokens.Where(t => t.TokenHash == hash).Select(t => t.Id).SingleAsync());
    }
}
