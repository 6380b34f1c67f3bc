namespace Portal.IntegrationTests.Outage;

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Sessions;

/// <summary>
/// PostgreSQL stops under Agent API load (its backends terminated as by a fast shutdown, new connections refused) and
/// comes back: callers get clear errors in their format meanwhile (no
/// 500, no internals), /healthz says 503 while it is down and 200 when it is back, and Portal recovers by itself.
/// Runs on PostgreSQL whatever provider the run tests (the relay is what a test can cut).
/// </summary>
[Trait("Database", "Postgres")]
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private static readonly string[] Agents = ["1001", "1002", "1003", "1004"];
    private readonly DatabaseOutageProxy _proxy;
    private readonly OutageFactory _factory;

    public PostgresOutageTests()
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer);
        _proxy = DatabaseOutageProxy.Start(server.Host ?? "127.0.0.1", server.Port);
        _factory = new OutageFactory(_proxy.Port);
    }

    private string _restKey = "";

    public async Task InitializeAsync()
    {
        _restKey = (await _factory.Get<ApiKeyRegistry>().IssueAsync("outage test", "api", "admin")).Secret;
        foreach (var agent in Agents)
        {
            await _factory.LogInReadyAsync(agent);
        }
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task Api_callers_get_clear_errors_while_the_database_is_down_and_portal_recovers_by_itself()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        var replies = new ConcurrentBag<ApiReply>();
        using var load = new CancellationTokenSource();
        var callers = Agents.Select(agent => LoadAsync(client, agent, replies, load.Token)).ToList();
        await Eventually.UntilAsync(() => Task.FromResult(replies.Count), n => n >= 40, "API load before the outage");

        await StopPostgresAsync();
        await Eventually.UntilAsync(HealthAsync, s => s == HttpStatusCode.ServiceUnavailable, "/healthz to report the outage", TimeSpan.FromSeconds(20));
        var duringOutage = replies.Count;
        await Eventually.UntilAsync(() => Task.FromResult(replies.Count), n => n >= duringOutage + 40, "API calls answered during the outage", TimeSpan.FromSeconds(30));
        using (var rest = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/agents/1001/pause", UriKind.Relative)))
        {
            rest.Headers.Authorization = new("Bearer", _restKey);
            using var response = await client.SendAsync(rest);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("Database unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        _proxy.Restore();
        await Eventually.UntilAsync(HealthAsync, s => s == HttpStatusCode.OK, "/healthz to report the database back", TimeSpan.FromSeconds(30));
        var afterRecovery = replies.Count;
        await Eventually.UntilAsync(
            () => Task.FromResult(replies.Count), n => n >= afterRecovery + 40, "API calls answered after the recovery", TimeSpan.FromSeconds(30));
        await load.CancelAsync();
        await Task.WhenAll(callers);

        Assert.All(replies, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.Status);
            Assert.Matches(@"^(SUCCESS|ERROR): [^\n]*\n$", r.Body);
            Assert.DoesNotContain("Exception", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Npgsql", r.Body, StringComparison.Ordinal);
        });
        Assert.Contains(replies, r => r.Body == "ERROR: database unavailable - try again later\n");

        // Nothing half-written: each agent's stored session is the one Portal holds (a command that could not be stored
        // was undone), and every call answered has its audit row (the rows waited for the database).
        var runtime = _factory.Get<SessionRuntime>();
        var stored = await _factory.QueryAsync(db => db.LiveSessions.AsNoTracking().Where(s => Agents.Contains(s.AgentUser)).ToListAsync());
        Assert.All(Agents, agent => Assert.Equal(runtime.Find(agent)!.State.ToString(), stored.Single(s => s.AgentUser == agent).State, ignoreCase: true));
        var answered = replies.Count;
        await Eventually.UntilAsync(
            () => _factory.QueryAsync(db => db.ApiLog.CountAsync(r => r.Function == "external_pause")),
            rows => rows >= answered, $"an audit row for each of the {answered} calls answered");

        // An outage is a warning in Portal's log, not an error with a stack trace from every command it refused.
        Assert.Empty(_factory.Logs.Entries
            .Where(e => e.Level >= LogLevel.Error && e.Category.StartsWith("Portal.", StringComparison.Ordinal))
            .Select(e => $"{e.Category}: {e.Message}"));
        var last = await client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", "1001"), ("value", "PAUSE")));
        Assert.StartsWith("SUCCESS: external_pause function set - PAUSE|", last.Body);

        Task<HttpStatusCode> HealthAsync() => HealthOfAsync(client);
    }

    /// <summary>
    /// What Portal sees of <c>pg_ctl stop -m fast</c>: new connections refused, each open one told "terminating connection
    /// due to administrator command" (57P01) and closed. The server itself keeps running for the other tests.
    /// </summary>
    private async Task StopPostgresAsync()
    {
        _proxy.StopAccepting();
        await using (var admin = new NpgsqlConnection(TestDatabase.PostgresServer))
        {
            await admin.OpenAsync();
            await using var terminate = admin.CreateCommand();
            terminate.CommandText = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database AND pid <> pg_backend_pid()";
            terminate.Parameters.AddWithValue("database", _factory.DatabaseName);
            await terminate.ExecuteScalarAsync();
        }

        _proxy.Cut();
    }

    private static async Task<HttpStatusCode> HealthOfAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task LoadAsync(HttpClient client, string agent, ConcurrentBag<ApiReply> replies, CancellationToken stop)
    {
        var pause = true;
        while (!stop.IsCancellationRequested)
        {
            replies.Add(await client.GetApiAsync(AgentApi.Authenticated("external_pause", ("agent_user", agent), ("value", pause ? "PAUSE" : "RESUME"))));
            pause = !pause;
        }
    }

    /// <summary>Portal on its own PostgreSQL database, reached through the relay.</summary>
    private sealed class OutageFactory(int relayPort) : PortalFactory
    {
        public CapturedLogs Logs { get; } = new();

        public string DatabaseName => new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database!;

        private readonly TestDatabase _database = new(Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")), postgres: true);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var relayed = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = relayPort };
            builder.UseSetting("Portal:Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Portal", relayed.ConnectionString);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _database.Dispose();
        }
    }
}
