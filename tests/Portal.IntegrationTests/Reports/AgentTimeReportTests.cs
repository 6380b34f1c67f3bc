namespace Portal.IntegrationTests.Reports;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.AgentTime;
using static Portal.IntegrationTests.Reports.ReportSeed;

/// <summary>The agent time report adds up the agent log per state and pause code, and the call log per disposition.</summary>
public sealed class AgentTimeReportTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private IAgentTimeReport Report => factory.Services.GetRequiredService<IAgentTimeReport>();

    [Fact]
    public async Task Day_totals_split_time_per_state_and_pause_code()
    {
        var day = new DateOnly(2025, 6, 10);
        var m = Midnight(day);
        await factory.AddAsync(
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddHours(8), TimeSpan.FromSeconds(300), "LOGIN"),
            Stretch("1005", "TESTCAMP", "READY", m.AddHours(8).AddMinutes(5), TimeSpan.FromSeconds(900)),
            Stretch("1005", "TESTCAMP", "QUEUE", m.AddHours(8).AddMinutes(20), TimeSpan.FromSeconds(10)),
            Stretch("1005", "TESTCAMP", "INCALL", m.AddHours(8).AddMinutes(20).AddSeconds(10), TimeSpan.FromSeconds(600)),
            Stretch("1005", "TESTCAMP", "DISPO", m.AddHours(8).AddMinutes(30).AddSeconds(10), TimeSpan.FromSeconds(50), status: "SALE"),
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddHours(8).AddMinutes(31), TimeSpan.FromSeconds(900), "BREAK"),
            Stretch("1005", "TESTCAMP", "READY", m.AddHours(8).AddMinutes(46), TimeSpan.FromSeconds(840)),
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddHours(12), TimeSpan.FromSeconds(1800), "LUNCH"),
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddHours(13), TimeSpan.FromSeconds(600), "BREAK"),
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddHours(13).AddMinutes(10), TimeSpan.FromSeconds(60)));

        var agent = Assert.Single((await Report.ForDayAsync("admin", new AgentTimeFilter(day))).Agents);

        Assert.Equal(("1005", "Agent 1005"), (agent.AgentUser, agent.FullName));
        Assert.Equal(1750, agent.ReadySeconds, 3);
        Assert.Equal(600, agent.TalkSeconds, 3);
        Assert.Equal(50, agent.DispoSeconds, 3);
        Assert.Equal(3660, agent.PausedSeconds, 3);
        Assert.Equal(6060, agent.LoginSeconds, 3);
        Assert.Equal(
            [("(none)", 60.0), ("BREAK", 1500.0), ("LOGIN", 300.0), ("LUNCH", 1800.0)],
            agent.PausedByCode.Select(p => (p.Key, Math.Round(p.Value, 3))));
    }

    [Fact]
    public async Task Calls_are_counted_per_disposition()
    {
        var day = new DateOnly(2025, 6, 12);
        var m = Midnight(day);
        await factory.AddAsync(
            Stretch("1011", "TESTCAMP", "INCALL", m.AddHours(9), TimeSpan.FromMinutes(30)),
            Call("1011", "TESTCAMP", m.AddHours(9), "SALE"),
            Call("1011", "TESTCAMP", m.AddHours(9).AddMinutes(5), "SALE"),
            Call("1011", "TESTCAMP", m.AddHours(9).AddMinutes(10), "NI"),
            Call("1011", "TESTCAMP", m.AddHours(9).AddMinutes(20), status: null),
            Call("1011", "TESTCAMP", m.AddDays(1).AddMinutes(1), "SALE"));

        var sheet = await Report.ForDayAsync("admin", new AgentTimeFilter(day));

        var agent = Assert.Single(sheet.Agents);
        Assert.Equal(4, agent.Calls);
        Assert.Equal([("(none)", 1), ("NI", 1), ("SALE", 2)], agent.CallsByStatus.Select(s => (s.Key, s.Value)));
        Assert.Equal(["(none)", "NI", "SALE"], sheet.Statuses);
    }

    [Fact]
    public async Task Stretches_across_midnight_count_only_their_part_of_the_day()
    {
        var day = new DateOnly(2025, 6, 14);
        var (start, end) = ReportClock.DayBounds(day, TimeProvider.System.LocalTimeZone);
        await factory.AddAsync(
            Stretch("1006", "TESTCAMP", "PAUSED", start.AddMinutes(-30), TimeSpan.FromHours(1), "BREAK"),
            Stretch("1006", "TESTCAMP", "READY", end.AddMinutes(-20), TimeSpan.FromHours(1)));

        var agent = Assert.Single((await Report.ForDayAsync("admin", new AgentTimeFilter(day))).Agents);
        var dayBefore = Assert.Single((await Report.ForDayAsync("admin", new AgentTimeFilter(day.AddDays(-1)))).Agents);

        Assert.Equal(1800, agent.PausedByCode["BREAK"], 3);
        Assert.Equal(1200, agent.ReadySeconds, 3);
        Assert.Equal(3000, agent.LoginSeconds, 3);
        Assert.Equal(1800, dayBefore.LoginSeconds, 3);
    }

    [Fact]
    public async Task Campaign_filter_keeps_only_that_campaigns_time_and_calls()
    {
        var day = new DateOnly(2025, 6, 16);
        var m = Midnight(day);
        await factory.AddAsync(
            Stretch("1007", "TESTCAMP", "READY", m.AddHours(9), TimeSpan.FromSeconds(600)),
            Stretch("1007", "INBOUND", "READY", m.AddHours(10), TimeSpan.FromSeconds(300)),
            Call("1007", "TESTCAMP", m.AddHours(9), "SALE"),
            Call("1007", "INBOUND", m.AddHours(10), "NI"));

        var agent = Assert.Single((await Report.ForDayAsync("admin", new AgentTimeFilter(day, "INBOUND"))).Agents);

        Assert.Equal(300, agent.ReadySeconds, 3);
        Assert.Equal([("NI", 1)], agent.CallsByStatus.Select(s => (s.Key, s.Value)));
    }

    [Fact]
    public async Task Supervisor_limited_to_inbound_sees_no_testcamp_time_and_no_agent_outside_their_groups()
    {
        var day = new DateOnly(2025, 6, 18);
        var m = Midnight(day);
        await factory.AddAsync(
            Stretch("1008", "TESTCAMP", "READY", m.AddHours(9), TimeSpan.FromSeconds(600)),
            Stretch("1008", "INBOUND", "READY", m.AddHours(10), TimeSpan.FromSeconds(300)),
            Stretch(ReportsFactory.OtherGroupAgent, "INBOUND", "READY", m.AddHours(10), TimeSpan.FromSeconds(400)),
            Stretch("1012", "TESTCAMP", "PAUSED", m.AddHours(9), TimeSpan.FromSeconds(100), "BREAK"),
            Call("1008", "TESTCAMP", m.AddHours(9), "SALE"),
            Call("1008", "INBOUND", m.AddHours(10), "NI"),
            Call(ReportsFactory.OtherGroupAgent, "INBOUND", m.AddHours(10), "NI"));

        var limited = await Report.ForDayAsync(ReportsFactory.InboundSupervisor, new AgentTimeFilter(day));
        var everyone = await Report.ForDayAsync("super", new AgentTimeFilter(day));

        var agent = Assert.Single(limited.Agents);
        Assert.Equal(("1008", 300.0, 1), (agent.AgentUser, agent.LoginSeconds, agent.Calls));
        Assert.Equal(["NI"], limited.Statuses);
        Assert.Empty(limited.PauseCodes);
        Assert.Equal(["1008", "1012", ReportsFactory.OtherGroupAgent], everyone.Agents.Select(a => a.AgentUser).Order());
    }

    [Theory]
    [InlineData("1001")]
    [InlineData("api")]
    [InlineData("nobody")]
    public async Task Users_who_are_not_supervisors_are_refused(string viewer)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Report.ForDayAsync(viewer, new AgentTimeFilter(new DateOnly(2025, 6, 10))));
    }

    [Fact]
    public async Task Agent_still_logged_in_counts_the_current_state_up_to_now()
    {
        var before = DateTimeOffset.UtcNow;
        var session = await factory.LogInAsync("1009");

        var sheet = await Report.ForDayAsync("admin", new AgentTimeFilter(ReportClock.Today(TimeProvider.System)));

        var agent = Assert.Single(sheet.Agents, a => a.AgentUser == "1009");
        Assert.Equal(AgentState.Paused, session.State);
        Assert.InRange(agent.PausedByCode["LOGIN"], 0, (DateTimeOffset.UtcNow - before).TotalSeconds + 0.01);
        Assert.Equal(agent.PausedSeconds, agent.LoginSeconds, 6);
    }

    [Fact]
    public async Task Driven_session_is_reported_exactly_as_the_agent_log_recorded_it()
    {
        await factory.LogInOnCallAsync("1010");
        await factory.SendAsync("1010", new HangUpCustomer());
        await factory.SendAsync("1010", new Disposition("SALE", PauseAfter: true));
        await factory.SendAsync("1010", new SetPauseCode("BREAK"));
        await factory.SendAsync("1010", new LogOut(Immediately: true));
        var logged = await AgentLogAsync("1010");

        var agent = Assert.Single((await Report.ForDayAsync("admin", new AgentTimeFilter(ReportClock.Today(TimeProvider.System)))).Agents, a => a.AgentUser == "1010");

        Assert.Equal(["DISPO", "INCALL", "PAUSED", "QUEUE", "READY"], logged.Select(l => l.State).Distinct().Order());
        Assert.Equal(logged.Sum(l => l.Seconds), agent.LoginSeconds, 3);
        Assert.Equal(logged.Where(l => l.State == "INCALL").Sum(l => l.Seconds), agent.TalkSeconds, 3);
        Assert.Equal(logged.Where(l => l.State is "READY" or "QUEUE").Sum(l => l.Seconds), agent.ReadySeconds, 3);
        Assert.Equal(logged.Where(l => l.State == "DISPO").Sum(l => l.Seconds), agent.DispoSeconds, 3);
        Assert.Equal(logged.Where(l => l.PauseCode == "BREAK").Sum(l => l.Seconds), agent.PausedByCode.GetValueOrDefault("BREAK"), 3);
        Assert.Equal((1, 1), (agent.Calls, agent.CallsByStatus["SALE"]));
    }

    private async Task<List<(string State, string? PauseCode, double Seconds)>> AgentLogAsync(string agent)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.AgentLog.AsNoTracking().Where(r => r.AgentUser == agent).ToListAsync();
        return [.. rows.Select(r => (r.State, r.PauseCode, (r.EndedAt - r.StartedAt).TotalSeconds))];
    }
}
