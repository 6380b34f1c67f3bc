namespace Portal.IntegrationTests.Reports;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.Callbacks;
using static Portal.IntegrationTests.Reports.ReportSeed;

/// <summary>The callback report sorts callbacks into scheduled, due (today), overdue (earlier days) and completed.</summary>
public sealed class CallbackReportTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private ICallbackReport Report => factory.Services.GetRequiredService<ICallbackReport>();

    private static DateTimeOffset TodayStart => Midnight(ReportClock.Today(TimeProvider.System));

    private static DateTimeOffset Later => DateTimeOffset.UtcNow.AddDays(1);

    /// <summary>Between local midnight and now: due today.</summary>
    private static DateTimeOffset EarlierToday => TodayStart + (DateTimeOffset.UtcNow - TodayStart) / 2;

    private static DateTimeOffset Yesterday => TodayStart.AddHours(-1);

    [Fact]
    public async Task Callbacks_are_counted_as_scheduled_due_overdue_and_completed()
    {
        await factory.AddAsync(
            ScheduledCallback("1015", "TESTCAMP", Later),
            ScheduledCallback("1015", "TESTCAMP", Later.AddHours(1)),
            ScheduledCallback("1015", "TESTCAMP", EarlierToday),
            ScheduledCallback("1015", "TESTCAMP", Yesterday),
            ScheduledCallback("1015", "TESTCAMP", Yesterday.AddDays(-1)),
            ScheduledCallback("1015", "TESTCAMP", Yesterday.AddDays(-30)),
            ScheduledCallback("1015", "TESTCAMP", Yesterday, completed: true),
            ScheduledCallback("1015", "TESTCAMP", Later, completed: true));

        var sheet = await Report.QueryAsync("admin", new CallbackFilter { AgentUser = "1015" });

        Assert.Equal(new CallbackTally("TESTCAMP", "1015", Scheduled: 2, Due: 1, Overdue: 3, Completed: 2), Assert.Single(sheet.Tallies));
        Assert.Equal(8, sheet.TotalRows);
        Assert.Equal(
            [CallbackStanding.Overdue, CallbackStanding.Overdue, CallbackStanding.Overdue, CallbackStanding.Completed, CallbackStanding.Due,
             CallbackStanding.Scheduled, CallbackStanding.Completed, CallbackStanding.Scheduled],
            sheet.Rows.Select(r => r.Standing));
    }

    [Theory]
    [InlineData(CallbackStanding.Scheduled, 1)]
    [InlineData(CallbackStanding.Due, 2)]
    [InlineData(CallbackStanding.Overdue, 3)]
    [InlineData(CallbackStanding.Completed, 4)]
    public async Task Standing_filter_keeps_only_that_standing(CallbackStanding standing, int expected)
    {
        var agent = $"10{15 + expected}";
        await factory.AddAsync(
            ScheduledCallback(agent, "INBOUND", Later),
            ScheduledCallback(agent, "INBOUND", EarlierToday),
            ScheduledCallback(agent, "INBOUND", EarlierToday),
            ScheduledCallback(agent, "INBOUND", Yesterday),
            ScheduledCallback(agent, "INBOUND", Yesterday),
            ScheduledCallback(agent, "INBOUND", Yesterday),
            ScheduledCallback(agent, "INBOUND", Later, completed: true),
            ScheduledCallback(agent, "INBOUND", Later, completed: true),
            ScheduledCallback(agent, "INBOUND", Later, completed: true),
            ScheduledCallback(agent, "INBOUND", Later, completed: true));

        var sheet = await Report.QueryAsync("admin", new CallbackFilter { AgentUser = agent, Standing = standing });

        Assert.Equal(expected, sheet.TotalRows);
        Assert.All(sheet.Rows, r => Assert.Equal(standing, r.Standing));
        Assert.Equal(expected, Assert.Single(sheet.Tallies).Total);
    }

    [Fact]
    public async Task Tallies_are_per_campaign_and_agent_and_the_campaign_filter_applies()
    {
        await factory.AddAsync(
            ScheduledCallback("1003", "TESTCAMP", EarlierToday),
            ScheduledCallback("1003", "INBOUND", Later),
            ScheduledCallback("1003", "INBOUND", Later),
            ScheduledCallback("1004", "INBOUND", Yesterday, completed: true));

        var all = await Report.QueryAsync("admin", new CallbackFilter());
        var inbound = await Report.QueryAsync("admin", new CallbackFilter { CampaignId = "INBOUND" });

        Assert.Equal(
            [new("INBOUND", "1003", 2, 0, 0, 0), new("INBOUND", "1004", 0, 0, 0, 1), new CallbackTally("TESTCAMP", "1003", 0, 1, 0, 0)],
            all.Tallies.Where(t => t.AgentUser is "1003" or "1004"));
        Assert.Equal(
            [new("INBOUND", "1003", 2, 0, 0, 0), new CallbackTally("INBOUND", "1004", 0, 0, 0, 1)],
            inbound.Tallies.Where(t => t.AgentUser is "1003" or "1004"));
        Assert.All(inbound.Rows, r => Assert.Equal("INBOUND", r.CampaignId));
    }

    [Fact]
    public async Task Due_days_are_inclusive_local_days()
    {
        var first = new DateOnly(2025, 3, 1);
        await factory.AddAsync(
            ScheduledCallback("1002", "TESTCAMP", Midnight(first).AddHours(10), comments: "first"),
            ScheduledCallback("1002", "TESTCAMP", Midnight(first.AddDays(1)), comments: "second"),
            ScheduledCallback("1002", "TESTCAMP", Midnight(first.AddDays(2)).AddSeconds(-1), comments: "second late"),
            ScheduledCallback("1002", "TESTCAMP", Midnight(first.AddDays(2)).AddHours(10), comments: "third"));

        var second = await Report.QueryAsync("admin", new CallbackFilter { AgentUser = "1002", DueFrom = first.AddDays(1), DueTo = first.AddDays(1) });
        var fromSecond = await Report.QueryAsync("admin", new CallbackFilter { AgentUser = "1002", DueFrom = first.AddDays(1) });

        Assert.Equal(["second", "second late"], second.Rows.Select(r => r.Comments));
        Assert.Equal(["second", "second late", "third"], fromSecond.Rows.Select(r => r.Comments));
    }

    [Fact]
    public async Task Rows_name_the_lead_and_its_phone()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var lead = await db.Leads.AsNoTracking().OrderBy(l => l.LeadId).Skip(7).FirstAsync();
        await factory.AddAsync(ScheduledCallback("1001", "TESTCAMP", Later, leadId: lead.LeadId, comments: "call after 5"));

        var row = Assert.Single((await Report.QueryAsync("admin", new CallbackFilter { AgentUser = "1001" })).Rows);

        Assert.Equal(
            (lead.LeadId, $"{lead.Details.FirstName} {lead.Details.LastName}", lead.Details.PhoneNumber, "call after 5"),
            (row.LeadId, row.LeadName, row.PhoneNumber, row.Comments));
    }

    [Fact]
    public async Task Inbound_supervisor_sees_no_testcamp_callbacks_and_none_of_agents_outside_their_groups()
    {
        await factory.AddAsync(
            ScheduledCallback("1012", "TESTCAMP", Later),
            ScheduledCallback("1012", "INBOUND", Later),
            ScheduledCallback(ReportsFactory.OtherGroupAgent, "INBOUND", Later));

        var limited = await Report.QueryAsync(ReportsFactory.InboundSupervisor, new CallbackFilter());
        var supervisor = await Report.QueryAsync("super", new CallbackFilter());

        Assert.DoesNotContain(limited.Rows, r => r.CampaignId == "TESTCAMP" || r.AgentUser == ReportsFactory.OtherGroupAgent);
        Assert.DoesNotContain(limited.Tallies, t => t.CampaignId == "TESTCAMP" || t.AgentUser == ReportsFactory.OtherGroupAgent);
        Assert.Contains(new CallbackTally("INBOUND", "1012", 1, 0, 0, 0), limited.Tallies);
        Assert.Contains(new CallbackTally("TESTCAMP", "1012", 1, 0, 0, 0), supervisor.Tallies);
        Assert.Contains(new CallbackTally("INBOUND", ReportsFactory.OtherGroupAgent, 1, 0, 0, 0), supervisor.Tallies);
    }

    [Fact]
    public async Task Last_due_day_before_the_first_is_refused()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            Report.QueryAsync("admin", new CallbackFilter { DueFrom = new DateOnly(2025, 3, 2), DueTo = new DateOnly(2025, 3, 1) }));

        Assert.StartsWith(CallbackFilter.LastDayBeforeFirst, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_may_not_read_the_callback_report()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Report.QueryAsync("1001", new CallbackFilter()));
    }
}
