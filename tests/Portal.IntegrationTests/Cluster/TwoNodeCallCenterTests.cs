namespace Portal.IntegrationTests.Cluster;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Domain.Users;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Telephony;

/// <summary>
/// The call center (queues, calls, the PBX) runs on the leader, and an agent whose desk is on another node works
/// calls as if it ran there: the queue is mirrored, and every call action reaches the leader. What a node forgets
/// when a user changes, every node forgets.
/// </summary>
[Trait("Database", "Postgres")]
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodeCallCenterTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task An_agent_on_the_other_node_sees_the_queue_takes_the_call_hangs_up_and_dispositions_it()
    {
        var (leader, other) = await cluster.LeaderAsync();
        await other.LogInAsync("1004");

        var callId = leader.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(
            () => Task.FromResult(other.Get<CallRouter>().Waiting()), waiting => waiting.Any(c => c.CallId == callId), "the other node to see the call wait");
        Assert.Equal(1, other.Get<CallRouter>().WaitingFor(other.Session("1004")! with { InGroups = ["SALESLINE"] }));

        await other.SendAsync("1004", new GoReady());
        var onCall = await Eventually.UntilAsync(
            () => Task.FromResult(other.Session("1004")), s => s?.State == AgentState.InCall, "the call to reach the agent");
        Assert.Equal(callId, onCall!.Call!.CallId);
        await Eventually.UntilAsync(
            () => Task.FromResult(other.Get<CallRouter>().Waiting()), waiting => waiting.All(c => c.CallId != callId), "the other node to see the call leave the queue");
        Assert.Equal("1004", (await other.Get<IRemoteCallControl>().FindAsync(callId))?.AgentUser);

        var hungUp = await other.Get<ICallDesk>().HangUpAsync("1004");
        Assert.True(hungUp.Succeeded, hungUp.Error);
        var done = await other.Get<ICallDesk>().DispositionAsync("1004", "SALE", pauseAfter: true, callback: null);
        Assert.True(done.Succeeded, done.Error);

        // The change is made on the session's node and reaches this node's replica a moment later.
        await Eventually.UntilAsync(() => Task.FromResult(other.Session("1004")), s => s?.State == AgentState.Paused, "the other node to see the pause");
        Assert.Null(await leader.Get<IRemoteCallControl>().FindAsync(callId));
    }

    [Fact]
    public async Task A_manual_dial_from_the_other_node_is_placed_on_the_leaders_pbx_and_hung_up_from_there()
    {
        var (leader, other) = await cluster.LeaderAsync();
        await other.LogInAsync("1005");
        await Eventually.UntilAsync(() => Task.FromResult(leader.Session("1005")), s => s is not null, "the leader to hear of the login");

        var dialled = await other.Get<ICallDesk>().ManualDialAsync("1005", new ManualDialRequest("1", CallCenterKit.NewCallerNumber(), SearchExistingLead: false));

        Assert.True(dialled.Succeeded, dialled.Error);
        var dialling = await Eventually.UntilAsync(() => Task.FromResult(other.Session("1005")), s => s?.Call is not null, "the other node to hear of the dial");
        var callId = dialling!.Call!.CallId;
        Assert.Equal("1005", leader.Get<CallRegistry>().Find(callId)?.AgentUser);
        var hungUp = await other.Get<ICallDesk>().HangUpAsync("1005");
        Assert.True(hungUp.Succeeded, hungUp.Error);
        await Eventually.UntilAsync(() => Task.FromResult(other.Session("1005")), s => s?.State == AgentState.Dispo, "the disposition screen");
        Assert.Null(leader.Get<CallRegistry>().Find(callId));
    }

    [Fact]
    public async Task A_password_changed_on_one_node_stops_the_old_password_on_the_other()
    {
        var name = "clu" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = cluster.First.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var created = await users.CreateAsync(
                new PortalUser { UserName = name, UserLevel = 8, UserGroupId = "API", AgentApiAccess = true, ApiAllowedFunctions = ApiPermissions.AllFunctions },
                "Cluster-demo-1");
            Assert.True(created.Succeeded);
        }

        var onSecond = cluster.Second.Get<ApiAuthenticator>();
        Assert.True((await onSecond.AuthenticateAsync(name, "Cluster-demo-1")).IsGood);

        await using (var scope = cluster.First.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var changed = await users.ChangePasswordAsync((await users.FindByNameAsync(name))!, "Cluster-demo-1", "Cluster-demo-2");
            Assert.True(changed.Succeeded);
        }

        await Eventually.UntilAsync(
            async () => (await onSecond.AuthenticateAsync(name, "Cluster-demo-1")).IsGood, good => !good, "the other node to refuse the old password");
        Assert.True((await onSecond.AuthenticateAsync(name, "Cluster-demo-2")).IsGood);
    }

    [Fact]
    public async Task Each_node_reports_redis_and_two_active_nodes_and_the_cross_node_push_latency()
    {
        await cluster.First.LogInAsync("1006");
        await cluster.Second.SendAsync("1006", new GoReady());
        await cluster.Second.SendAsync("1006", new Pause("BREAK")); // READY agents would take the other tests' calls
        using var client = cluster.First.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var health = await response.Content.ReadAsStringAsync();
        var metrics = await Eventually.UntilAsync(
            () => client.GetStringAsync(new Uri("/metrics", UriKind.Relative)),
            text => text.Contains("origin=\"other_node\"", StringComparison.Ordinal), "node 1 to measure a change made on node 2");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"redis\":{\"status\":\"Healthy\"", health, StringComparison.Ordinal);
        Assert.Contains("\"silo\":{\"status\":\"Healthy\",\"description\":\"Active; 2 active node(s)\"", health, StringComparison.Ordinal);
        var nodeLines = string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("portal_cluster_nodes", StringComparison.Ordinal)));
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(nodeLines, """portal_cluster_nodes\{[^}]*status="Active"[^}]*\} 2"""), "node 1's /metrics: " + nodeLines);
    }

    [Fact]
    public async Task A_webhook_gets_each_event_once_whichever_node_the_command_went_through()
    {
        await using var receiver = await Events.WebhookReceiver.StartAsync();
        var webhooks = cluster.First.Get<Portal.Infrastructure.Webhooks.WebhookRegistry>();
        var registered = await webhooks.RegisterAsync(receiver.Url.ToString(), ["agent.state"], "admin");
        try
        {
            // The other node hears of a new subscription over Redis; events of changes made before it has are stored
            // for the subscriptions it knew (seen under load: the first READY stored before the leader knew of this
            // webhook).
            foreach (var node in new[] { cluster.First, cluster.Second })
            {
                await Eventually.UntilAsync(
                    () => node.Get<Portal.Infrastructure.Webhooks.WebhookRegistry>().ActiveAsync(),
                    active => active.Any(w => w.Id == registered.Webhook.Id), "every node to know the new webhook");
            }

            await cluster.First.LogInAsync("1007");
            await cluster.Second.SendAsync("1007", new GoReady());
            await cluster.First.SendAsync("1007", new Pause("BREAK"));
            await cluster.Second.SendAsync("1007", new GoReady());
            await cluster.First.SendAsync("1007", new Pause("LUNCH"));

            // The last event arrives after any copy of the earlier ones (one outbox, delivered in order).
            await Eventually.UntilAsync(
                () => Task.FromResult(receiver.For("1007", "agent.state", "PAUSED").Where(r => r.Body.Contains("LUNCH", StringComparison.Ordinal)).Count()),
                n => n >= 1, "the LUNCH pause's event");
            Assert.Equal(2, receiver.For("1007", "agent.state", "READY").Count);
            Assert.Single(receiver.For("1007", "agent.state", "PAUSED"), r => r.Body.Contains("BREAK", StringComparison.Ordinal));
            Assert.Single(receiver.For("1007", "agent.state", "PAUSED"), r => r.Body.Contains("LUNCH", StringComparison.Ordinal));
        }
        finally
        {
            await webhooks.DeactivateAsync(registered.Webhook.Id, "admin");
        }
    }
}
