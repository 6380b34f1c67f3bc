namespace Portal.EndToEndTests;

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

/// <summary>
/// A SUCCESS means the change is committed: when the process is killed outright (kill -9) under load, every state change
/// it acknowledged is in the database, as the agent log and live-session rows that the next start restores.
/// </summary>
public sealed class CrashTests
{
    private const int Agents = 20;

    [Fact]
    public async Task A_kill_9_under_load_loses_no_acknowledged_state_change()
    {
        await using var server = await PortalServer.StartAsync();
        await server.StopAsync();
        await AddLiveSessionsAsync(server.DatabasePath);
        await server.RestartAsync();
        var before = await CommittedTransitionsAsync(server.DatabasePath);

        // Each agent alternates RESUME and PAUSE, one call at a time; acknowledged counts the SUCCESS replies.
        var acknowledged = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Agents).Select(i => Task.Run(() => DriveAsync(server, Agent(i), acknowledged, stop.Token))).ToList();
        await WaitUntilAsync(() => acknowledged.Values.Sum() >= 400, TimeSpan.FromSeconds(60));

        await server.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(load);

        // Each committed transition closed one agent-log stretch; at most the one call in flight may have committed unanswered.
        var committed = await CommittedTransitionsAsync(server.DatabasePath);
        Assert.All(Enumerable.Range(0, Agents).Select(Agent), agent =>
        {
            var acked = acknowledged.GetValueOrDefault(agent);
            Assert.InRange(committed.GetValueOrDefault(agent) - before.GetValueOrDefault(agent), acked, acked + 1);
        });
    }

    // The demo agents 1001…1020: real users in the API user's scope (the Agent API refuses agents outside it).
    private static string Agent(int index) => (1001 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task DriveAsync(PortalServer server, string agent, ConcurrentDictionary<string, int> acknowledged, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var resume = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var reply = await http.GetStringAsync(
                    $"agc/api.php?source=crash&user=api&pass=Api-demo-1&agent_user={agent}&function=external_pause&value={(resume ? "RESUME" : "PAUSE")}", stop);
                Assert.StartsWith("SUCCESS", reply, StringComparison.Ordinal);
                acknowledged.AddOrUpdate(agent, 1, (_, n) => n + 1);
                resume = !resume;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                return; // The server is gone: this call's outcome is unknown, and it was never acknowledged.
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the load did not get going in time");
            await Task.Delay(20);
        }
    }

    /// <summary>Agents 1001… logged in to TESTCAMP and PAUSED LOGIN, added while the server is stopped (it restores them).</summary>
    private static async Task AddLiveSessionsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO LiveSessions (AgentUser, CampaignId, CampaignIsManual, PhoneLogin, LoggedInAt, State, PauseCode,
                StateSince, CallJson, PauseAfterDispo, PendingPauseCode, LogoutAfterDispo, InGroups, Blended, Version, PreviewLeadId)
            VALUES ($agent, 'TESTCAMP', 0, $agent, $now, 'Paused', 'LOGIN', $now, NULL, 0, NULL, 0, '', 0, 1, NULL)
            """;
        var agent = insert.Parameters.Add("$agent", SqliteType.Text);
        insert.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        for (var i = 0; i < Agents; i++)
        {
            agent.Value = Agent(i);
            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Agent-log rows per agent in the database file as the killed process left it (SQLite recovers the WAL).</summary>
    private static async Task<Dictionary<string, int>> CommittedTransitionsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT AgentUser, COUNT(*) FROM AgentLog WHERE AgentUser BETWEEN '1001' AND '1020' GROUP BY AgentUser";
        await using var reader = await query.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
