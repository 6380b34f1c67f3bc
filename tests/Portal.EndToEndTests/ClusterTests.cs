namespace Portal.EndToEndTests;

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Three Portal nodes behind nginx (scripts/cluster.sh): a desk, the wallboard and the Agent API work across nodes, and
/// when a node is killed under Agent API load its sessions move to the others, its desk reloads on another node and no
/// acknowledged command is lost.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Cluster", "true")]
public sealed partial class ClusterTests(ClusterFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private ClusterLogMark _logs = default!;

    private PortalCluster Cluster => fixture.Cluster;

    private Browser Browser => fixture.Browser;

    public Task InitializeAsync()
    {
        _logs = Cluster.MarkLogs();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task An_agent_api_call_to_node_2_changes_the_desk_served_by_node_1() => DiagnosedAsync(async () =>
    {
        var desk = await Browser.NewPageAsync(Cluster.Node(1).Address);
        await desk.LogInAgentAsync("1001");

        Assert.StartsWith("SUCCESS:", await AgentApi.CallAsync(Cluster.Node(2).Address, "agent_user=1001&function=external_pause&value=RESUME"));
        await Expect(desk.AgentState()).ToHaveTextAsync("READY");
        Assert.StartsWith("SUCCESS:", await AgentApi.CallAsync(Cluster.Node(2).Address, "agent_user=1001&function=external_pause&value=PAUSE"));
        await Expect(desk.AgentState()).ToHaveTextAsync("PAUSED");

        await desk.Context.CloseAsync();
        AssertNoLoggedErrors();
    });

    [Fact]
    public Task The_wallboard_on_node_3_follows_agents_whose_desks_are_on_nodes_1_and_2() => DiagnosedAsync(async () =>
    {
        var wallboard = await Browser.NewPageAsync(Cluster.Node(3).Address);
        await wallboard.OpenWallboardAsync();
        var onNode1 = await Browser.NewPageAsync(Cluster.Node(1).Address);
        var onNode2 = await Browser.NewPageAsync(Cluster.Node(2).Address);
        await onNode1.LogInAgentAsync("1004");
        await onNode2.LogInAgentAsync("1002");
        await Expect(wallboard.WallboardState("1004")).ToHaveTextAsync("PAUSED LOGIN");
        await Expect(wallboard.WallboardState("1002")).ToHaveTextAsync("PAUSED LOGIN");

        await onNode2.GoReadyAsync();
        await Expect(wallboard.WallboardState("1002")).ToHaveTextAsync("READY");
        Assert.StartsWith("SUCCESS:", await AgentApi.CallAsync(Cluster.Node(1).Address, "agent_user=1002&function=external_pause&value=PAUSE"));
        await Expect(wallboard.WallboardState("1002")).ToHaveTextAsync("PAUSED");
        await Expect(onNode2.AgentState()).ToHaveTextAsync("PAUSED");
        Assert.StartsWith("SUCCESS:", await AgentApi.CallAsync(Cluster.Node(2).Address, "agent_user=1004&function=external_pause&value=RESUME"));
        await Expect(wallboard.WallboardState("1004")).ToHaveTextAsync("READY");
        await onNode1.PauseAgentAsync();
        await Expect(wallboard.WallboardState("1004")).ToHaveTextAsync("PAUSED");

        await Task.WhenAll(wallboard.Context.CloseAsync(), onNode1.Context.CloseAsync(), onNode2.Context.CloseAsync());
        AssertNoLoggedErrors();
    });

    /// <summary>
    /// Six agents have desks straight on the nodes, agent 1003 through nginx on the node that holds most of their session
    /// actors; under Agent API load through nginx (each agent alternating RESUME and PAUSE) that node is killed, and
    /// later restarted with cluster.sh.
    /// </summary>
    [Fact]
    public Task A_node_killed_under_agent_api_load_loses_no_acknowledged_command_and_comes_back() => DiagnosedAsync(async () =>
    {
        string[] deskAgents = ["1006", "1007", "1008", "1009", "1010", "1011"];
        var deskNodes = deskAgents.Select((agent, i) => (agent, node: (i % 3) + 1)).ToDictionary(d => d.agent, d => d.node);
        var desks = (await Task.WhenAll(deskAgents.Select(async agent => (agent, page: await LogInAsync(agent, Cluster.Node(deskNodes[agent]).Address)))))
            .ToDictionary(d => d.agent, d => d.page);
        var victim = await NodeHoldingMostSessionsAsync();
        var key = await CookieLandingOnAsync(victim);
        desks["1003"] = await LogInAsync("1003", Cluster.LoadBalancer, key);
        Assert.Equal(victim, await Cluster.NodeServingAsync(key));
        var wallboard = await Browser.NewPageAsync(Cluster.Node(victim == 3 ? 1 : 3).Address);
        await wallboard.OpenWallboardAsync();
        string[] agents = ["1003", .. deskAgents];
        var placed = await Cluster.SessionNodesAsync();
        var moved = agents.Where(a => placed.GetValueOrDefault(a) == victim).ToList();
        output.WriteLine($"Killing node {victim}; sessions: " + string.Join(", ", agents.Select(a => $"{a} on node {placed.GetValueOrDefault(a)}")));

        await using var load = ApiLoad.Start(Cluster.LoadBalancer, agents);
        await WaitUntilAsync(() => agents.All(a => load.Replies.Count(r => r.Agent == a && r.IsSuccess) >= 10), TimeSpan.FromSeconds(60), "the load got going");
        var killedAt = load.Now;
        await Cluster.KillNodeAsync(victim);
        var deskMoved = WaitUntilAsync(() => Cluster.NodeServing(key) is { } node && node != victim, TimeSpan.FromSeconds(90), "the desk reloaded on another node")
            .ContinueWith(_ => load.Now - killedAt, TaskScheduler.Default);
        await WaitUntilAsync(() => agents.All(a => load.Replies.Count(r => r.Agent == a && r.IsSuccess && r.Sent > killedAt) >= 5),
            TimeSpan.FromSeconds(90), "every agent answered SUCCESS again");
        await load.StopAsync(patience: TimeSpan.FromSeconds(30));
        var replies = load.Replies;
        var failover = FailoverReport.Write(output, replies, placed, victim, killedAt);
        output.WriteLine($"Failover: every session of node {victim} ({string.Join(", ", moved)}) answered SUCCESS again through nginx {failover.TotalSeconds:0.0} s after the kill.");
        var checks = new SoftChecks();
        checks.Check("the sessions of the killed node answer SUCCESS again within 30 s", failover < TimeSpan.FromSeconds(30), $"{failover.TotalSeconds:0.0} s");
        var unanswered = replies.Where(r => !r.IsSuccess && !(r.Status == 200 && r.Body.StartsWith("ERROR:", StringComparison.Ordinal))).ToList();
        checks.Check("every call that did not succeed answered an ERROR: line", unanswered.Count == 0,
            $"{unanswered.Count} did not, e.g. " + string.Join("; ", unanswered.Take(3)));

        // The last call of every agent answered SUCCESS: that is the state stored and shown everywhere. The desks opened
        // straight on the killed node are gone; the one opened through nginx reloads on another node.
        var last = agents.ToDictionary(a => a, a => replies.Where(r => r.Agent == a).MaxBy(r => r.Sequence)!);
        Assert.All(last.Values, r => Assert.True(r.IsSuccess, $"the load ended without a SUCCESS for {r.Agent}: {r}"));
        var states = last.ToDictionary(e => e.Key, e => e.Value.StateText);
        var liveDesks = desks.Where(d => d.Key == "1003" || deskNodes[d.Key] != victim).ToDictionary(d => d.Key, d => d.Value);
        await CheckStatesAsync(checks, "after the load", states, liveDesks, wallboard);
        var deskNode = await Cluster.NodeServingAsync(key);
        checks.Check("the desk opened through nginx is served by another node", deskNode != victim);
        output.WriteLine($"The desk of 1003 reloaded on node {deskNode} {(await deskMoved).TotalSeconds:0.0} s after the kill.");
        await CheckEverySuccessIsAuditedAsync(checks, replies, killedAt);

        // Every surface keeps following the sessions that moved: one more change each, after the load.
        foreach (var agent in agents)
        {
            var flip = states[agent] == "READY" ? "PAUSE" : "RESUME";
            var reply = await AgentApi.CallAsync(Cluster.LoadBalancer, $"agent_user={agent}&function=external_pause&value={flip}");
            checks.Check($"{flip} {agent} after the load", reply.StartsWith("SUCCESS:", StringComparison.Ordinal), reply.Trim());
            states[agent] = flip == "RESUME" ? "READY" : "PAUSED";
        }

        await CheckStatesAsync(checks, "after one more change each", states, liveDesks, wallboard);

        await Cluster.RestartNodeAsync(victim);
        using (var http = new HttpClient())
        using (var health = await http.GetAsync(new Uri(Cluster.Node(victim).Address, "healthz")))
        {
            Assert.Equal(200, (int)health.StatusCode);
        }

        var again = moved.FirstOrDefault() ?? "1003";
        var value = states[again] == "READY" ? "PAUSE" : "RESUME";
        var answer = await AgentApi.CallAsync(Cluster.Node(victim).Address, $"agent_user={again}&function=external_pause&value={value}");
        checks.Check($"{value} {again} through the restarted node {victim}", answer.StartsWith("SUCCESS:", StringComparison.Ordinal), answer.Trim());
        var after = new Dictionary<string, string> { [again] = value == "RESUME" ? "READY" : "PAUSED" };
        await CheckStatesAsync(checks, $"after a change through the restarted node {victim}", after, liveDesks, wallboard);

        await Task.WhenAll([wallboard.Context.CloseAsync(), .. desks.Values.Select(d => d.Context.CloseAsync())]);
        try
        {
            AssertNoLoggedErrors(killedNode: victim);
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            checks.Check("the nodes logged no errors", false, ex.Message);
        }

        checks.ThrowIfAnyFailed();
    });

    /// <summary>The node where Orleans placed most of the session actors so far (of equals, the last).</summary>
    private async Task<int> NodeHoldingMostSessionsAsync()
    {
        var placed = await Cluster.SessionNodesAsync();
        return Cluster.Nodes.Select(n => n.Number).OrderByDescending(n => placed.Values.Count(p => p == n)).ThenByDescending(n => n).First();
    }

    private async Task<IPage> LogInAsync(string agent, Uri address, string? nodeCookie = null)
    {
        var page = await Browser.NewPageAsync(address);
        if (nodeCookie is not null)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "portal_node", Value = nodeCookie, Url = address.ToString() }]);
        }

        await page.LogInAgentAsync(agent);
        return page;
    }

    /// <summary>
    /// Each agent's state as stored (the row a new session actor reads) and on the wallboard, and on the desks given
    /// (those whose node is up).
    /// </summary>
    private async Task CheckStatesAsync(
        SoftChecks checks, string when, Dictionary<string, string> states, Dictionary<string, IPage> desks, IPage wallboard)
    {
        var stored = await ClusterDatabase.SessionStatesAsync(Cluster, [.. states.Keys]);
        foreach (var (agent, state) in states)
        {
            checks.Check($"{agent} stored {when}", stored.GetValueOrDefault(agent) == state, $"expected {state}, stored {stored.GetValueOrDefault(agent)}");
            await checks.CheckAsync($"{agent} on the wallboard {when}", () => Expect(wallboard.WallboardState(agent)).ToHaveTextAsync(state, new() { Timeout = 10_000 }));
            if (desks.TryGetValue(agent, out var desk))
            {
                await checks.CheckAsync($"{agent} on its desk {when}", async () =>
                {
                    try
                    {
                        await Expect(desk.AgentState()).ToHaveTextAsync(state, new() { Timeout = 10_000 });
                    }
                    catch (PlaywrightException)
                    {
                        var screen = (await desk.GetByRole(AriaRole.Main).AriaSnapshotAsync()).Split('\n').Take(12);
                        output.WriteLine($"The desk of {agent} {when}, at {desk.Url}:\n{string.Join('\n', screen)}");
                        throw;
                    }
                });
            }
        }
    }

    /// <summary>A portal_node cookie value that nginx's consistent hash sends to <paramref name="node"/>.</summary>
    private async Task<string> CookieLandingOnAsync(int node)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = Cluster.LoadBalancer };
        for (var i = 0; i < 100; i++)
        {
            var key = "e2e-" + i.ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("healthz", UriKind.Relative));
            request.Headers.Add("Cookie", "portal_node=" + key);
            using var response = await http.SendAsync(request);
            if (await Cluster.NodeServingAsync(key) == node)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"no cookie value of 100 tried lands on node {node}");
    }

    /// <summary>
    /// Every call that answered SUCCESS has its audit row, those answered a moment before the kill included: a node
    /// commits a call's row before it sends the reply. (The rows of the surviving nodes are committed too; the loop only
    /// waits for the database to be read after the last reply.)
    /// </summary>
    private async Task CheckEverySuccessIsAuditedAsync(SoftChecks checks, IReadOnlyList<ApiReply> replies, TimeSpan killedAt)
    {
        var successes = replies.Where(r => r.IsSuccess).ToList();
        var audited = await ClusterDatabase.AuditedSuccessesAsync(Cluster, [.. successes.Select(r => r.Source)]);
        var missing = successes.Where(r => !audited.Contains(r.Source)).ToList();
        var aroundTheKill = missing.Count(r => (r.Received - killedAt).Duration() < TimeSpan.FromMilliseconds(500));
        output.WriteLine($"Audit: {successes.Count - missing.Count} of {successes.Count} SUCCESS replies have their row.");
        checks.Check("every SUCCESS has its audit row", missing.Count == 0,
            $"{missing.Count} of {successes.Count} have none ({aroundTheKill} answered within 500 ms of the kill): " + string.Join("; ", missing));
    }

    /// <summary>No node logged an error since the test began, except Orleans' own about the node the test killed.</summary>
    private void AssertNoLoggedErrors(int? killedNode = null)
    {
        var killedSilo = killedNode is { } n ? Cluster.SiloEndpoint(n) : null;
        // The same error with other numbers (ports, delays) counts once, with how often.
        var errors = Cluster.LoggedErrorsSince(_logs)
            .Where(e => killedSilo is null || !(e.Contains(": fail: Orleans.", StringComparison.Ordinal) && e.Contains(killedSilo, StringComparison.Ordinal)))
            .CountBy(e => Numbers().Replace(e, "N"))
            .Select(e => e.Value > 1 ? $"{e.Value} × {e.Key}" : e.Key).ToList();
        Assert.True(errors.Count == 0, "The nodes logged errors:\n" + string.Join('\n', errors));
    }

    /// <summary>Runs the test; when it fails, the output gets the end of every node's log.</summary>
    private async Task DiagnosedAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            output.WriteLine(Cluster.LogTails());
            throw;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s in vain until {what}.");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
