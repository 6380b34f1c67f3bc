namespace Portal.IntegrationTests.Reports;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using static Portal.IntegrationTests.Reports.ReportSeed;

/// <summary>Each report downloads as CSV with the page's filters: scoped, escaped, guarded against formulas, as an attachment.</summary>
public sealed class ReportCsvTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private const string SupervisorPassword = "Super-demo-1";

    [Fact]
    public async Task Audit_csv_is_an_attachment_with_escaped_and_formula_guarded_cells()
    {
        var at = Midnight(new DateOnly(2025, 2, 1)).AddHours(10);
        var row = ApiRow(at, "csv_probe", "1001", result: "ERROR", source: "-src");
        row.Value = "=HYPERLINK(\"http://x\")";
        row.ResultReason = "bad, very\nbad";
        row.Data = "say \"hi\"";
        row.RunTimeSeconds = 0.25;
        await factory.AddAsync(row);
        var client = await SignInAsync("super", SupervisorPassword);

        using var response = await client.GetAsync(new Uri("/reports/audit.csv?from=2025-02-01T00:00&to=2025-02-02T00:00&function=csv_probe", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^audit-log-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "id,api_date,user,agent_user,function,value,result,result_reason,source,data,api_script,run_time,remote_ip,url\r\n"
            + $"{row.Id},{Local(at)},api,1001,csv_probe,\"'=HYPERLINK(\"\"http://x\"\")\",ERROR,\"bad, very\nbad\",'-src,\"say \"\"hi\"\"\",agent,0.25,127.0.0.1,"
            + "/agc/api.php?function=csv_probe&pass=XXXXXXXX\r\n",
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Audit_csv_of_the_inbound_supervisor_leaves_out_rows_about_testcamp_agents()
    {
        var start = Midnight(new DateOnly(2025, 2, 2)).AddHours(9);
        await factory.AddAsync(
            Stretch("1001", "TESTCAMP", "READY", start, TimeSpan.FromHours(1)),
            Stretch("1002", "INBOUND", "READY", start, TimeSpan.FromHours(1)),
            ApiRow(start.AddMinutes(5), "external_pause", "1001", source: "testcamp"),
            ApiRow(start.AddMinutes(6), "external_pause", "1002", source: "inbound"));
        var client = await SignInAsync(ReportsFactory.InboundSupervisor, ReportsFactory.Password);

        var csv = await client.GetStringAsync(new Uri("/reports/audit.csv?from=2025-02-02T00:00&to=2025-02-03T00:00", UriKind.Relative));

        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal(2, lines.Length);
        Assert.Contains(",1002,external_pause,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_time_csv_has_a_column_per_pause_code_and_disposition()
    {
        var day = new DateOnly(2025, 2, 3);
        var m = Midnight(day).AddHours(9);
        await factory.AddAsync(
            Stretch("1005", "TESTCAMP", "PAUSED", m, TimeSpan.FromSeconds(300), "LOGIN"),
            Stretch("1005", "TESTCAMP", "READY", m.AddSeconds(300), TimeSpan.FromSeconds(600)),
            Stretch("1005", "TESTCAMP", "INCALL", m.AddSeconds(900), TimeSpan.FromSeconds(120)),
            Stretch("1005", "TESTCAMP", "DISPO", m.AddSeconds(1020), TimeSpan.FromSeconds(30), status: "SALE"),
            Stretch("1005", "TESTCAMP", "PAUSED", m.AddSeconds(1050), TimeSpan.FromSeconds(90), "BREAK"),
            Stretch("1006", "INBOUND", "READY", m, TimeSpan.FromSeconds(90)),
            Call("1005", "TESTCAMP", m.AddSeconds(900), "SALE"));
        var client = await SignInAsync("super", SupervisorPassword);

        using var response = await client.GetAsync(new Uri("/reports/agent-time.csv?day=2025-02-03&campaignId=TESTCAMP", UriKind.Relative));

        Assert.Equal("agent-time-2025-02-03-TESTCAMP.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(
            "day,agent_user,full_name,login_sec,ready_sec,talk_sec,paused_sec,paused_BREAK_sec,paused_LOGIN_sec,dispo_sec,calls,calls_SALE\r\n"
            + "2025-02-03,1005,Agent 1005,1140,600,120,390,90,300,30,1,1\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Callbacks_csv_lists_each_callback_with_its_standing()
    {
        var due = Midnight(new DateOnly(2025, 2, 5)).AddHours(10);
        var callback = ScheduledCallback("1013", "TESTCAMP", due, comments: "=cmd|' /C calc'!A0");
        await factory.AddAsync(callback);
        var client = await SignInAsync("super", SupervisorPassword);

        var csv = await client.GetStringAsync(new Uri("/reports/callbacks.csv?agentUser=1013&standing=overdue", UriKind.Relative));

        var lines = csv.Split("\r\n");
        Assert.Equal("callback_id,lead_id,lead_name,phone_number,campaign_id,agent_user,type,due_at,created_at,standing,comments", lines[0]);
        var cells = lines[1].Split(',');
        Assert.Equal(
            [$"{callback.Id}", "1", "TESTCAMP", "1013", "USERONLY", Local(due), Local(callback.CreatedAt), "OVERDUE", "'=cmd|' /C calc'!A0"],
            [cells[0], cells[1], cells[4], cells[5], cells[6], cells[7], cells[8], cells[9], cells[10]]);
        Assert.Equal([""], lines[2..]);
    }

    [Theory]
    [InlineData("/reports/audit.csv?from=2025-02-02T10:00&to=2025-02-02T09:00", "to", "The end must be after the start.")]
    [InlineData("/reports/audit.csv?from=yesterday", "from", "from must be a local date and time like 2026-11-21T09:30.")]
    [InlineData("/reports/agent-time.csv", "day", "Choose a day.")]
    [InlineData("/reports/agent-time.csv?day=2025-02-30", "day", "day must be a date like 2026-11-21.")]
    [InlineData("/reports/callbacks.csv?standing=bogus", "standing", "standing must be one of Scheduled, Due, Overdue, Completed.")]
    [InlineData("/reports/callbacks.csv?dueFrom=2025-03-02&dueTo=2025-03-01", "dueTo", "The last due day must not be before the first.")]
    public async Task Bad_filters_answer_400_naming_the_parameter(string url, string parameter, string message)
    {
        var client = await SignInAsync("super", SupervisorPassword);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem);
        Assert.Equal([message], problem.Errors[parameter]);
    }

    [Theory]
    [InlineData("/reports/audit.csv")]
    [InlineData("/reports/agent-time.csv?day=2025-02-03")]
    [InlineData("/reports/callbacks.csv")]
    public async Task Agents_are_sent_to_access_denied_instead_of_a_csv(string url)
    {
        var client = await SignInAsync("1001", AgentApi.AgentPassword);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/reports/audit.csv", UriKind.Relative));

        Assert.True(LoginPage.IsRedirect(response), $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal(LoginPage.Path, response.Headers.Location?.AbsolutePath);
    }

    private async Task<HttpClient> SignInAsync(string user, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var login = await LoginPage.SubmitAsync(client, user, password);
        Assert.True(LoginPage.SetsAuthCookie(login), $"{user} could not sign in.");
        return client;
    }

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.Local).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
