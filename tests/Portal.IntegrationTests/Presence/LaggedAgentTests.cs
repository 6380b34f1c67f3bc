namespace Portal.IntegrationTests.Presence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Sessions.Presence;

/// <summary>
/// Phantom agents: a READY agent whose desk has been gone for the campaign's grace period is paused LAGGED, through
/// the session actor; API-only sessions, desks that come back and calls delivered meanwhile are left alone. The
/// presence service and the sweep run on a fake clock here, against the portal's real sessions.
/// </summary>
public sealed class LaggedAgentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void An_agent_is_gone_only_when_the_last_of_their_desks_goes()
    {
        var presence = new DeskPresence(_clock);
        presence.Up("1001", "tab-1");
        presence.Up("1001", "tab-2");

        presence.Down("1001", "tab-1");
        var withOneLeft = presence.GoneSince("1001");
        _clock.Advance(TimeSpan.FromSeconds(3));
        presence.Down("1001", "tab-2");
        var gone = presence.GoneSince("1001");
        presence.Up("1001", "tab-2");

        Assert.Null(withOneLeft);
        Assert.Equal(_clock.GetUtcNow(), gone);
        Assert.Null(presence.GoneSince("1001"));
        Assert.Null(presence.GoneSince("1002"));
    }

    [Fact]
    public async Task A_ready_agent_whose_desk_is_gone_is_paused_lagged_once_the_grace_period_has_passed()
    {
        var (presence, lagged) = NewMonitor();
        await factory.LogInReadyAsync("1001");
        presence.Up("1001", "tab");
        presence.Down("1001", "tab");

        _clock.Advance(TimeSpan.FromSeconds(CampaignSettings.DefaultLaggedGraceSeconds - 1));
        var early = await lagged.SweepAsync();
        var stillReady = factory.Session("1001")!.State;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var due = await lagged.SweepAsync();

        Assert.Equal(0, early);
        Assert.Equal(AgentState.Ready, stillReady);
        Assert.Equal(1, due);
        Assert.Equal("PAUSED LAGGED", factory.Session("1001")!.StateText);
    }

    [Fact]
    public async Task The_timer_pauses_the_agent_without_anyone_calling_the_sweep()
    {
        var (presence, lagged) = NewMonitor();
        await factory.LogInReadyAsync("1002");
        presence.Up("1002", "tab");
        presence.Down("1002", "tab");
        await lagged.StartAsync(CancellationToken.None);
        try
        {
            _clock.Advance(TimeSpan.FromSeconds(CampaignSettings.DefaultLaggedGraceSeconds - 1));

            // The service starts its timer on its own thread: keep the fake clock ticking until the timer has paused 1002.
            await Eventually.UntilAsync(
                () =>
                {
                    _clock.Advance(LaggedAgents.SweepInterval);
                    return Task.FromResult(factory.Session("1002")?.StateText);
                },
                text => text == "PAUSED LAGGED",
                "1002 paused LAGGED by the timer");
        }
        finally
        {
            await lagged.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_session_driven_only_by_an_api_is_never_paused_lagged()
    {
        var (_, lagged) = NewMonitor();
        await factory.LogInReadyAsync("1003");

        _clock.Advance(TimeSpan.FromHours(1));
        await lagged.SweepAsync();

        Assert.Equal(AgentState.Ready, factory.Session("1003")!.State);
    }

    [Fact]
    public async Task A_desk_that_reconnects_within_the_grace_period_keeps_the_agent_ready()
    {
        var (presence, lagged) = NewMonitor();
        await factory.LogInReadyAsync("1004");
        presence.Up("1004", "tab");
        presence.Down("1004", "tab");
        _clock.Advance(TimeSpan.FromSeconds(20));
        presence.Up("1004", "tab");

        _clock.Advance(TimeSpan.FromSeconds(20));
        await lagged.SweepAsync();

        Assert.Equal(AgentState.Ready, factory.Session("1004")!.State);
    }

    [Fact]
    public async Task A_call_delivered_while_the_desk_reconnects_stays_with_the_agent()
    {
        var (presence, lagged) = NewMonitor();
        await factory.LogInReadyAsync("1005");
        presence.Up("1005", "tab");
        presence.Down("1005", "tab");
        var call = new ActiveCall("C-lagged-1", LeadId: null, "3125550100", CallDirection.Inbound, "SALESLINE", CallFlags.None, _clock.GetUtcNow());
        await factory.SendAsync("1005", new OfferCall(call));

        _clock.Advance(TimeSpan.FromMinutes(2));
        await lagged.SweepAsync();
        presence.Up("1005", "tab");

        var session = factory.Session("1005")!;
        Assert.Equal(AgentState.Queue, session.State);
        Assert.Equal("C-lagged-1", session.Call?.CallId);
    }

    [Fact]
    public async Task The_campaigns_grace_period_decides_when_the_agent_is_paused()
    {
        var (presence, lagged) = NewMonitor();
        await SetGraceAsync("INBOUND", seconds: 5);
        await factory.LogInAsync("1006", "INBOUND");
        await factory.SendAsync("1006", new GoReady());
        presence.Up("1006", "tab");
        presence.Down("1006", "tab");

        _clock.Advance(TimeSpan.FromSeconds(5));
        await lagged.SweepAsync();

        Assert.Equal("PAUSED LAGGED", factory.Session("1006")!.StateText);
    }

    [Fact]
    public async Task A_new_session_after_logout_is_not_paused_for_the_old_sessions_lost_desk()
    {
        var (presence, lagged) = NewMonitor();
        await lagged.StartAsync(CancellationToken.None);
        try
        {
            await factory.LogInReadyAsync("1007");
            presence.Up("1007", "tab");
            presence.Down("1007", "tab");
            await factory.SendAsync("1007", new LogOut());
            await Eventually.UntilAsync(() => Task.FromResult(presence.GoneSince("1007")), since => since is null, "the ended session forgotten");

            await factory.LogInReadyAsync("1007");
            _clock.Advance(TimeSpan.FromMinutes(5));
            await lagged.SweepAsync();

            Assert.Equal(AgentState.Ready, factory.Session("1007")!.State);
        }
        finally
        {
            await lagged.StopAsync(CancellationToken.None);
        }
    }

    private (DeskPresence Presence, LaggedAgents Lagged) NewMonitor()
    {
        var presence = new DeskPresence(_clock);
        var lagged = new LaggedAgents(
            presence,
            factory.Services.GetRequiredService<SessionRuntime>(),
            factory.Services.GetRequiredService<SessionEventBus>(),
            factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
            _clock,
            NullLogger<LaggedAgents>.Instance);
        return (presence, lagged);
    }

    private async Task SetGraceAsync(string campaignId, int seconds)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var campaign = await db.Campaigns.Include(c => c.InGroups).Include(c => c.Hotkeys).SingleAsync(c => c.Id == campaignId);
        campaign.ChangeSettings(CampaignSettings.Of(campaign) with { LaggedGraceSeconds = seconds });
        await db.SaveChangesAsync();
    }
}
