namespace Portal.IntegrationTests.ContactNow;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Identity;

/// <summary>/agent.php refuses what the token, the action or the caller's rights do not allow, in the caller's format.</summary>
public sealed class ContactNowAccessTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", "Invalid token")]
    [InlineData("not-a-token", "Unknown token")]
    public async Task A_missing_or_unknown_token_is_refused(string token, string error)
    {
        var reply = await _client.AgentAsync(token, "ready", "1001");

        reply.Failed(error);
        Assert.Null(reply["account_id"]);
    }

    [Theory]
    [InlineData("", "1001", "action is required: agent_dial, hangup, hangupready, logout, manual_dial, pause, ready, unpause, wrap")]
    [InlineData("dance", "1001", "unknown action dance")]
    [InlineData("READY", "1001", "unknown action READY")]
    [InlineData("ready", "", "agentid is required")]
    [InlineData("ready", "9999", "unknown agent 9999")]
    [InlineData("ready", "1001", "agent 1001 is not logged in")]
    public async Task Bad_arguments_are_refused_in_json_and_in_xml(string action, string agent, string error)
    {
        var token = await _client.NewTokenAsync();

        var json = await _client.AgentAsync(token, action, agent);
        var xml = await _client.AgentXmlAsync(token, action, agent);

        json.Failed(error);
        xml.Failed(error);
        Assert.Equal("1", xml["account_id"]);
    }

    [Fact]
    public async Task An_unknown_format_is_answered_in_json()
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "ready", "1001", ("format", "yaml"));

        reply.Failed("format yaml is not valid: use json or xml");
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_form_arguments_work_like_query_arguments()
    {
        await factory.LogInAsync("1002");
        var token = await _client.NewTokenAsync();

        var reply = await _client.PostAsync("/agent.php", [("token", token), ("action", "ready"), ("agentid", "1002"), ("format", "xml")]);

        reply.Succeeded();
        Assert.Equal(AgentState.Ready, factory.Session("1002")?.State);
    }

    [Fact]
    public async Task A_user_may_only_use_the_actions_of_its_allowed_functions()
    {
        await factory.LogInAsync("1003");
        var token = await _client.NewTokenAsync(ContactNowFactory.PauseOnly);

        var ready = await _client.AgentAsync(token, "ready", "1003");
        var logout = await _client.AgentAsync(token, "logout", "1003");

        ready.Succeeded();
        logout.Failed($"user {ContactNowFactory.PauseOnly} may not use logout (it needs the agent API function logout)");
        Assert.NotNull(factory.Session("1003"));
    }

    [Fact]
    public async Task A_user_controls_only_agents_in_the_campaigns_of_its_user_group()
    {
        await factory.LogInAsync("1004", "TESTCAMP");
        var token = await _client.NewTokenAsync(ContactNowFactory.InboundOnly);

        var reply = await _client.AgentAsync(token, "ready", "1004");

        reply.Failed("agent 1004 works in campaign TESTCAMP, which your user group may not control");
        Assert.Equal(AgentState.Paused, factory.Session("1004")?.State);
    }

    [Fact]
    public async Task Agent_dial_picks_a_campaign_the_caller_may_control_and_refuses_others()
    {
        // The agent's last campaign is TESTCAMP, which this caller may not control.
        await factory.LogInAsync("1005", "TESTCAMP");
        await factory.SendAsync("1005", new LogOut());
        var token = await _client.NewTokenAsync(ContactNowFactory.InboundOnly);

        var refused = await _client.AgentAsync(token, "agent_dial", "1005", ("data", "1005"), ("campaign", "TESTCAMP"));
        var chosen = await _client.AgentAsync(token, "agent_dial", "1005", ("data", "1005"));

        refused.Failed("campaign TESTCAMP is not allowed for your user group");
        chosen.Succeeded();
        Assert.Equal("INBOUND", factory.Session("1005")?.CampaignId);
    }

    [Fact]
    public async Task A_user_controls_only_agents_of_user_groups_it_may_view()
    {
        await factory.LogInAsync("1006");
        var token = await _client.NewTokenAsync(ContactNowFactory.NoAgents);

        var reply = await _client.AgentXmlAsync(token, "ready", "1006");

        reply.Failed("agent 1006 is not in a user group you may control");
    }

    [Fact]
    public async Task A_token_stops_working_when_its_user_loses_api_access_and_the_cache_ends()
    {
        await AddApiUserAsync("cnlosing");
        await factory.LogInAsync("1007");
        var token = await _client.NewTokenAsync("cnlosing");
        (await _client.AgentAsync(token, "ready", "1007")).Succeeded();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("cnlosing"))!;
            user.AgentApiAccess = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        factory.Clock.Offset = TimeSpan.FromMinutes(1);
        try
        {
            (await _client.AgentAsync(token, "wrap", "1007")).Failed("Invalid token");
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Every_agent_call_is_audited_with_the_token_redacted()
    {
        await factory.LogInAsync("1008");
        var token = await _client.NewTokenAsync();
        await _client.AgentAsync(token, "ready", "1008", ("data", "x"));
        await _client.AgentAsync(token, "hangup", "1008");

        var rows = await Eventually.UntilAsync(
            async () => (await factory.AllAsync()).Where(r => r.ApiScript == "contactnow" && r.AgentUser == "1008").ToList(),
            r => r.Count >= 2, "the agent.php audit rows of 1008");

        var ready = Assert.Single(rows, r => r.Function == "ready");
        Assert.Equal(("api", "SUCCESS", "", "x", "127.0.0.1"), (ready.User, ready.Result, ready.ResultReason, ready.Value, ready.RemoteIp));
        Assert.Equal("/agent.php?token=XXXXXXXX&action=ready&agentid=1008&data=x", ready.Url);
        Assert.True(ready.RunTimeSeconds > 0);
        var hangup = Assert.Single(rows, r => r.Function == "hangup");
        Assert.Equal(("ERROR", Refusal.NotOnCall.Reason), (hangup.Result, hangup.ResultReason));
        Assert.DoesNotContain(rows, r => r.Url.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_input_never_gets_a_server_error()
    {
        await factory.LogInAsync("1009");
        var token = await _client.NewTokenAsync();
        string[] names = ["token", "action", "agentid", "data", "qid", "callerid", "campaign", "format", "username", "password", "address", "raw", "Token"];
        string[] values =
        [
            "", token, "1009", "ready", "wrap", "agent_dial", "manual_dial", "hangupready", "xml", "json", "XML", "SALE", "CALLBK",
            "TESTCAMP", "SALESLINE", "9999999999999999999999", "-1", "'; DROP TABLE Leads; --", "<script>&amp;</script>", "%00",
            "ÄÖÜ 漢字 🙂", "\u0001\u0002", "a|b|c", "   ", "\r\n", "10.0.0.1,,,", "::ffff:127.0.0.1", new string('x', 5000),
        ];
        var random = new Random(20261122);
        var failures = new List<string>();
        foreach (var path in new[] { "/agent.php", "/token.php" })
        {
            for (var attempt = 0; attempt < 60; attempt++)
            {
                var pairs = names.OrderBy(_ => random.Next()).Take(random.Next(1, 7)).Select(n => (n, values[random.Next(values.Length)])).ToArray();
                var xml = pairs.Any(p => p.Item1 == "format" && p.Item2 is "xml" or "XML");
                using var response = random.Next(3) switch
                {
                    0 => await _client.GetAsync(new Uri($"{path}?{AgentApi.Query(pairs)}", UriKind.Relative)),
                    1 => await _client.PostAsync(new Uri(path, UriKind.Relative), AgentApi.Form(pairs)),
                    _ => await _client.PostAsync(new Uri($"{path}?{AgentApi.Query(pairs)}", UriKind.Relative), new StringContent("%%%&=&&==%zz", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")),
                };
                try
                {
                    var reply = await ContactNowReplyRead.ReadAsync(response, xml);
                    if (reply.Status != System.Net.HttpStatusCode.OK || (!reply.Success && string.IsNullOrEmpty(reply.Error)))
                    {
                        failures.Add($"{path} {(int)reply.Status} {reply.Body[..Math.Min(200, reply.Body.Length)]}");
                    }
                }
                catch (Exception ex) when (ex is System.Text.Json.JsonException or System.Xml.XmlException or KeyNotFoundException or Xunit.Sdk.XunitException)
                {
                    failures.Add($"{path} {(int)response.StatusCode} unreadable: {ex.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task AddApiUserAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(
            new PortalUser { UserName = name, UserLevel = 8, UserGroupId = "API", AgentApiAccess = true, ApiAllowedFunctions = "ALL_FUNCTIONS", ApiOnly = true },
            AgentApi.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
