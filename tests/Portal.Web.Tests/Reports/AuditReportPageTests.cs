namespace Portal.Web.Tests.Reports;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Reports.Audit;
using Portal.Web.Components.Reports;
using Portal.Web.Tests.Fakes;

public sealed class AuditReportPageTests : ScreenTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeAuditLogReport _report = new();

    public AuditReportPageTests()
    {
        Services.AddSingleton<IAuditLogReport>(_report);
        Services.AddSingleton<TimeProvider>(new ZonedTimeProvider(Now, TimeZoneInfo.Utc));
        AddAuthorization().SetAuthorized("super");
    }

    [Fact]
    public void No_rows_shows_a_helpful_empty_state()
    {
        var cut = Render<AuditReportPage>();

        Assert.Equal("No API calls match these filters. Widen the time range or clear a filter.", cut.Find(".report-empty").TextContent.Trim());
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Rows_are_shown_for_the_signed_in_supervisor()
    {
        _report.Rows = [Row(2, "logout"), Row(1, "external_pause")];

        var cut = Render<AuditReportPage>();

        Assert.Equal(["logout", "external_pause"], cut.FindAll("tbody td[data-label='Function']").Select(td => td.TextContent.Trim()));
        Assert.Equal("super", Assert.Single(_report.Requests).Viewer);
    }

    [Fact]
    public void Applied_filters_go_to_the_service_and_into_the_csv_link()
    {
        var cut = Render<AuditReportPage>();

        Field(cut, "Function").Change("external_pause");
        Field(cut, "From").Change("2026-01-05T09:00");
        cut.Find("form").Submit();

        Assert.Equal(("external_pause", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)), (_report.Requests[^1].Filter.Function, _report.Requests[^1].Filter.From));
        Assert.Equal("reports/audit.csv?from=2026-01-05T09%3A00%3A00&function=external_pause", cut.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public void Next_page_and_page_size_ask_the_service_for_that_page()
    {
        _report.Rows = [.. Enumerable.Range(1, 60).Reverse().Select(n => Row(n, $"f{n}"))];
        var cut = Render<AuditReportPage>();

        ButtonNamed(cut, "Next page").Click();
        Choose<AuditReportPage, int>(cut, "Rows per page", 25);

        Assert.Equal([(0, 50), (1, 50), (0, 25)], _report.Requests.Select(r => (r.PageIndex, r.PageSize)));
        Assert.Equal("Page 1 of 3 · 60 rows", cut.Find("[aria-label='Page']").TextContent.Trim());
    }

    private static ApiLogEntry Row(long id, string function) =>
        new() { Id = id, ApiDate = Now.AddMinutes(-id), User = "api", AgentUser = "1001", Function = function, Result = "SUCCESS", ApiScript = "agent" };
}
