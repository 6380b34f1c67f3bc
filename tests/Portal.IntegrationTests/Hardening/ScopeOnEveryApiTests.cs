namespace Portal.IntegrationTests.Hardening;

using System.Net;
using Portal.Domain.Sessions;
using Portal.IntegrationTests.Rest;

/// <summary>
/// A supervisor scoped to some campaigns or user groups reaches the same agents on /agc/api.php and REST's audit as
/// on the screens: restinbound may work in INBOUND only, restowngroup may view only its own user group.
/// </summary>
public sealed class ScopeOnEveryApiTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private const string Password = "Rest-demo-1";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(RestApiFactory.InboundOnlyUser, "1011", "ERROR: ACCESS TO CAMPAIGN TESTCAMP NOT ALLOWED FOR USER restinbound - PAUSE|1011\n")]
    [InlineData(RestApiFactory.OwnGroupUser, "1016", "ERROR: ACCESS TO USER GROUP AGENTS NOT ALLOWED FOR USER restowngroup - PAUSE|1016\n")]
    public async Task The_agent_api_refuses_to_pause_an_agent_outside_the_callers_scope(string user, string agent, string refusal)
    {
        await factory.LogInReadyAsync(agent);

        var reply = await _client.GetApiAsync(As(user, "external_pause", ("agent_user", agent), ("value", "PAUSE")));

        Assert.Equal(refusal, reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session(agent)?.State);
    }

    [Theory]
    [InlineData("logout", "LOGOUT", "1012")]
    [InlineData("external_hangup", "1", "1017")]
    public async Task The_agent_api_refuses_to_hang_up_or_log_out_an_agent_outside_the_callers_scope(string function, string value, string agent)
    {
        await factory.LogInReadyAsync(agent);

        var reply = await _client.GetApiAsync(As(RestApiFactory.InboundOnlyUser, function, ("agent_user", agent), ("value", value)));

        Assert.StartsWith("ERROR: ACCESS TO CAMPAIGN TESTCAMP NOT ALLOWED FOR USER restinbound", reply.Body, StringComparison.Ordinal);
        Assert.NotNull(factory.Session(agent));
    }

    [Fact]
    public async Task The_agent_api_refuses_to_notify_an_agent_outside_the_callers_scope()
    {
        await factory.LogInReadyAsync("1013");

        var reply = await _client.GetApiAsync(As(
            RestApiFactory.InboundOnlyUser, "send_notification", ("recipient", "1013"), ("recipient_type", "USER"), ("notification_text", "hello"), ("value", "x")));

        Assert.StartsWith("ERROR: ACCESS TO CAMPAIGN TESTCAMP NOT ALLOWED FOR USER restinbound", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task St_login_log_does_not_change_the_crm_team_of_a_user_outside_the_callers_user_groups()
    {
        var reply = await _client.GetApiAsync(As(RestApiFactory.OwnGroupUser, "st_login_log", ("value", "CRM1018"), ("vendor_id", "TEAM-X")));

        Assert.Equal("ERROR: ACCESS TO USER GROUP AGENTS NOT ALLOWED FOR USER restowngroup - CRM1018|1018\n", reply.Body);
        var team = await factory.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "1018").CustomFour));
        Assert.NotEqual("TEAM-X", team);
    }

    [Fact]
    public async Task The_agent_api_still_serves_a_caller_whose_scope_covers_the_agent()
    {
        await factory.LogInReadyAsync("1014");

        var reply = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1014"), ("value", "PAUSE")));

        Assert.StartsWith("SUCCESS: external_pause function set - PAUSE|", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_audit_shows_a_scoped_reader_no_rows_about_agents_working_outside_their_campaigns()
    {
        await factory.LogInReadyAsync("1015");
        var done = await _client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1015"), ("value", "PAUSE")));
        Assert.StartsWith("SUCCESS", done.Body, StringComparison.Ordinal);
        await Eventually.UntilAsync(
            () => factory.QueryAsync(db => Task.FromResult(db.ApiLog.Any(r => r.AgentUser == "1015" && r.User == AgentApi.User))), found => found, "the api user's row about 1015");
        using var inbound = factory.CreateRestClient(factory.KeyOf(RestApiFactory.InboundOnlyUser));
        using var admin = factory.CreateRestClient(factory.ApiKey);

        using var scoped = await inbound.GetAsync("/api/v1/audit?agent=1015&user=api");
        using var everything = await admin.GetAsync("/api/v1/audit?agent=1015&user=api");

        Assert.Equal(0, (await scoped.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.True((await everything.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32() >= 1);
    }

    private static string As(string user, string function, params (string Name, string Value)[] parameters) =>
        AgentApi.Query([("source", "test"), ("user", user), ("pass", Password), ("function", function), .. parameters]);
}
