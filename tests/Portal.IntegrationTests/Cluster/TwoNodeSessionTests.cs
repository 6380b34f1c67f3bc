namespace Portal.IntegrationTests.Cluster;

using System.Collections.Concurrent;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Sessions.Presence;

/// <summary>
/// An agent's session is one grain in the whole cluster: a command through either node reaches it, and every node
/// hears each change once, in order.
/// </summary>
[Trait("Database", "Postgres")]
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodeSessionTests(TwoNodeCluster cluster) : IClassFixture<TwoNodeCluster>
{
    [Fact]
    public async Task A_session_logged_in_on_one_node_takes_commands_sent_through_the_other()
    {
        await cluster.First.LogInAsync("1001");

        var ready = await cluster.Second.SendAsync("1001", new GoReady());

        Assert.Equal(AgentState.Ready, ready.State);
        var seenOnFirst = await Eventually.UntilAsync(
            () => Task.FromResult(cluster.First.Session("1001")), s => s?.State == AgentState.Ready, "node 1 to see READY");
        Assert.Equal(ready.Version, seenOnFirst!.Version);
    }

    [Fact]
    public async Task The_same_agent_cannot_log_in_twice_through_two_nodes()
    {
        await cluster.First.LogInAsync("1002");

        var second = await cluster.Second.Get<SessionRuntime>().LogInAsync(
            new AgentLogin("1002", "TESTCAMP", CampaignIsManual: false, PhoneLogin: "1002", InGroups: [], Blended: false));

        Assert.Equal(RefusalKind.AlreadyLoggedIn, second.Refusal?.Kind);
    }

    [Fact]
    public async Task Every_node_hears_each_change_once_and_in_order_whichever_node_sent_it()
    {
        await cluster.First.LogInAsync("1003");
        await Eventually.UntilAsync(() => Task.FromResult(cluster.Second.Session("1003")), s => s is not null, "node 2 to hear of the login");
        var heardOnFirst = new ConcurrentQueue<long>();
        var heardOnSecond = new ConcurrentQueue<long>();
        using var first = cluster.First.Get<SessionEventBus>().SubscribeAgent("1003", c => heardOnFirst.Enqueue(c.Session.Version));
        using var second = cluster.Second.Get<SessionEventBus>().SubscribeAgent("1003", c => heardOnSecond.Enqueue(c.Session.Version));

        var sent = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            var node = i / 2 % 2 == 0 ? cluster.First : cluster.Second;
            sent.Add((await node.SendAsync("1003", i % 2 == 0 ? new GoReady() : new Pause("BREAK"))).Version);
        }

        // The login's own change may still reach a node after it subscribed (the grain may live on either node).
        IReadOnlyList<long> Commanded(ConcurrentQueue<long> heard) => [.. heard.Where(v => v >= sent[0])];
        await Eventually.UntilAsync(
            () => Task.FromResult(Commanded(heardOnFirst).Count + Commanded(heardOnSecond).Count), n => n >= 2 * sent.Count, "both nodes to hear every change");
        Assert.Equal(sent, Commanded(heardOnFirst));
        Assert.Equal(sent, Commanded(heardOnSecond));
    }

    [Fact]
    public async Task A_desk_that_moved_to_the_other_node_is_not_counted_gone_on_the_node_it_left()
    {
        await cluster.First.LogInAsync("1008");
        var left = cluster.First.Get<DeskPresence>();
        left.Up("1008", "desk-on-first");
        left.Down("1008", "desk-on-first");
        Assert.NotNull(left.GoneSince("1008"));

        cluster.Second.Get<DeskPresence>().Up("1008", "desk-on-second");

        await Eventually.UntilAsync(() => Task.FromResult(left.GoneSince("1008")), since => since is null, "node 1 to stop counting the desk gone");
    }
}
