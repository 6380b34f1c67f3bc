namespace Portal.IntegrationTests.Reports;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Reports.Audit;
using static Portal.IntegrationTests.Reports.ReportSeed;

/// <summary>The audit log viewer pages the API log newest first, filters it, and shows a supervisor only rows about their agents.</summary>
public sealed class AuditLogReportTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private IAuditLogReport Report => factory.Services.GetRequiredService<IAuditLogReport>();

    [Fact]
    public async Task Pages_are_newest_first_with_the_total_count()
    {
        var start = Midnight(new DateOnly(2025, 1, 10));
        await factory.AddAsync([.. Enumerable.Range(1, 7).Select(n => ApiRow(start.AddMinutes(n), $"probe_{n}", "1001"))]);
        var filter = new AuditLogFilter { From = start, To = start.AddHours(1) };

        var pages = new[] { await Report.PageAsync("admin", filter, 0, 3), await Report.PageAsync("admin", filter, 1, 3), await Report.PageAsync("admin", filter, 2, 3) };

        Assert.All(pages, p => Assert.Equal((7, 3), (p.TotalCount, p.PageCount)));
        Assert.Equal(
            [["probe_7", "probe_6", "probe_5"], ["probe_4", "probe_3", "probe_2"], ["probe_1"]],
            pages.Select(p => p.Rows.Select(r => r.Function).ToArray()));
    }

    [Fact]
    public async Task Time_range_includes_the_start_and_excludes_the_end()
    {
        var start = Midnight(new DateOnly(2025, 1, 11));
        await factory.AddAsync(
            ApiRow(start.AddSeconds(-1), "before"), ApiRow(start, "at_start"), ApiRow(start.AddMinutes(30), "inside"), ApiRow(start.AddHours(1), "at_end"));

        var page = await Report.PageAsync("admin", new AuditLogFilter { From = start, To = start.AddHours(1) }, 0, 50);

        Assert.Equal(["inside", "at_start"], page.Rows.Select(r => r.Function));
    }

    [Theory]
    [InlineData(1, "function", "EXTERNAL_PAUSE", new[] { "p1", "p2" })]
    [InlineData(2, "result", "error", new[] { "p2" })]
    [InlineData(3, "apiUser", "crm", new[] { "p3" })]
    [InlineData(4, "agentUser", "1002", new[] { "p3" })]
    [InlineData(5, "apiScript", "REST", new[] { "p4" })]
    public async Task Each_filter_matches_whole_values(int hour, string field, string value, string[] expectedSources)
    {
        var start = Midnight(new DateOnly(2025, 1, 12)).AddHours(hour);
        await factory.AddAsync(
            ApiRow(start.AddMinutes(1), "external_pause", "1001", source: "p1"),
            ApiRow(start.AddMinutes(2), "external_pause", "1001", result: "ERROR", source: "p2"),
            ApiRow(start.AddMinutes(3), "logout", "1002", user: "crm", source: "p3"),
            ApiRow(start.AddMinutes(4), "external_pause_x", "1001", user: "crmx", script: "rest", source: "p4"));
        var filter = new AuditLogFilter { From = start, To = start.AddMinutes(5) };
        filter = field switch
        {
            "function" => filter with { Function = value },
            "result" => filter with { Result = value },
            "apiUser" => filter with { ApiUser = value },
            "agentUser" => filter with { AgentUser = value },
            _ => filter with { ApiScript = value },
        };

        var page = await Report.PageAsync("admin", filter, 0, 50);

        Assert.Equal(expectedSources, page.Rows.Select(r => r.Source).Order());
    }

    [Fact]
    public async Task End_before_start_is_refused_with_a_clear_message()
    {
        var start = Midnight(new DateOnly(2025, 1, 13));

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            Report.PageAsync("admin", new AuditLogFilter { From = start, To = start.AddMinutes(-1) }, 0, 50));

        Assert.StartsWith("The end must be after the start.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_sees_only_rows_about_agents_and_campaigns_they_supervise()
    {
        var start = Midnight(new DateOnly(2025, 1, 14)).AddHours(9);
        await factory.AddAsync(
            Stretch("1001", "TESTCAMP", "READY", start, TimeSpan.FromHours(1)),
            Stretch("1002", "INBOUND", "READY", start, TimeSpan.FromHours(1)),
            Stretch(ReportsFactory.OtherGroupAgent, "INBOUND", "READY", start, TimeSpan.FromHours(1)),
            ApiRow(start.AddMinutes(10), "external_pause", "1001", source: "testcamp"),
            ApiRow(start.AddMinutes(11), "external_pause", "1002", source: "inbound"),
            ApiRow(start.AddMinutes(12), "external_pause", "1003", source: "logged_out"),
            ApiRow(start.AddMinutes(13), "external_pause", ReportsFactory.OtherGroupAgent, source: "other_group"),
            ApiRow(start.AddMinutes(14), "version", source: "no_agent"),
            ApiRow(start.AddMinutes(15), "external_pause", "ghost", source: "unknown_agent"));
        var filter = new AuditLogFilter { From = start, To = start.AddHours(1) };

        var limited = await Report.PageAsync(ReportsFactory.InboundSupervisor, filter, 0, 50);
        var supervisor = await Report.PageAsync("super", filter, 0, 50);
        var admin = await Report.PageAsync("admin", filter, 0, 50);

        Assert.Equal(["inbound", "logged_out"], limited.Rows.Select(r => r.Source).Order());
        Assert.Equal(2, limited.TotalCount);
        Assert.Equal(["inbound", "logged_out", "other_group", "testcamp"], supervisor.Rows.Select(r => r.Source).Order());
        Assert.Equal(6, admin.TotalCount);
    }

    [Fact]
    public async Task Api_call_about_an_agent_live_in_testcamp_is_hidden_from_the_inbound_supervisor()
    {
        await factory.LogInAsync("1004");
        await factory.LogInAsync("1014", "INBOUND");
        var source = AuditRows.NewSource();
        using var client = factory.CreateClient();
        await client.GetApiAsync(AgentApi.Query(("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1004"), ("value", "PAUSE")));
        await client.GetApiAsync(AgentApi.Query(("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1014"), ("value", "PAUSE")));
        await factory.WaitForRowsAsync(source, 2);
        var filter = new AuditLogFilter { Function = "external_pause", From = DateTimeOffset.UtcNow.AddMinutes(-5) };

        var limited = await Report.PageAsync(ReportsFactory.InboundSupervisor, filter, 0, 50);
        var admin = await Report.PageAsync("admin", filter, 0, 50);

        Assert.Equal(["1014"], limited.Rows.Where(r => r.Source == source).Select(r => r.AgentUser));
        Assert.Equal(["1004", "1014"], admin.Rows.Where(r => r.Source == source).Select(r => r.AgentUser).Order());
    }

    [Theory]
    [InlineData(-1, 50)]
    [InlineData(0, 0)]
    [InlineData(0, 501)]
    public async Task Bad_page_or_page_size_is_refused(int pageIndex, int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Report.PageAsync("admin", new AuditLogFilter(), pageIndex, pageSize));
    }

    [Fact]
    public async Task Agent_may_not_read_the_audit_log()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Report.PageAsync("1001", new AuditLogFilter(), 0, 50));
    }
}
