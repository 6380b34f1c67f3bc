namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>Every transition is persisted (live-session row + agent log) and live sessions come back after a restart.</summary>
public sealed class SessionPersistenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_transition_closes_an_agent_log_stretch_with_state_pause_code_and_duration()
    {
        await factory.LogInReadyAsync("1011");
        await factory.SendAsync("1011", new Pause("BREAK"));
        await factory.SendAsync("1011", new LogOut());

        var log = await ReadAsync(db => db.AgentLog.Where(e => e.AgentUser == "1011").OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(["PAUSED/LOGIN", "READY/", "PAUSED/BREAK"], log.Select(e => $"{e.State}/{e.PauseCode}"));
        Assert.All(log, e => Assert.Equal("TESTCAMP", e.CampaignId));
        Assert.All(log, e => Assert.Equal((e.EndedAt - e.StartedAt).TotalSeconds, e.DurationSeconds, tolerance: 0.002)); // times are stored to the ms
        Assert.Equal(log[0].EndedAt, log[1].StartedAt);
    }

    [Fact]
    public async Task Live_session_row_follows_the_session_and_goes_away_at_logout()
    {
        await factory.LogInReadyAsync("1012");
        var whileReady = await ReadAsync(db => db.LiveSessions.SingleAsync(s => s.AgentUser == "1012"));

        await factory.SendAsync("1012", new LogOut());
        var afterLogout = await ReadAsync(db => db.LiveSessions.CountAsync(s => s.AgentUser == "1012"));

        Assert.Equal(nameof(AgentState.Ready), whileReady.State);
        Assert.Equal("TESTCAMP", whileReady.CampaignId);
        Assert.Equal(0, afterLogout);
    }

    [Fact]
    public async Task A_new_runtime_restores_live_sessions_with_their_state_intents_and_time_in_state()
    {
        await factory.LogInOnCallAsync("1013");
        var before = await factory.SendAsync("1013", new Pause("LUNCH"));
        var services = factory.Services;
        var restarted = new SessionRuntime(
            null!, new LiveSessionReplica(), services.GetRequiredService<SessionStore>(), Portal.Infrastructure.Cluster.ClusterSettings.OneProcess, NullLogger<SessionRuntime>.Instance);

        await restarted.StartAsync(CancellationToken.None);
        var restored = restarted.Find("1013");
        await restarted.StopAsync(CancellationToken.None);

        Assert.NotNull(restored);
        Assert.Equal(AgentState.InCall, restored.State);
        Assert.Equal(before.Call, restored.Call);
        Assert.Equal(before.Version, restored.Version);
        Assert.Equal(before.InGroups, restored.InGroups);
        // Times are stored to the millisecond.
        Assert.Equal(before.StateSince.ToUnixTimeMilliseconds(), restored.StateSince.ToUnixTimeMilliseconds());
        Assert.True(restored.PauseAfterDispo);
        Assert.Equal("LUNCH", restored.PendingPauseCode);
    }

    private async Task<T> ReadAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await query(db);
    }
}
