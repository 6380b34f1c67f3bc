namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>A supervisor finds an API call in the audit log viewer and downloads what they see as CSV.</summary>
public sealed class ReportsTests : BrowserTest
{
    private const string Row = ",api,1001,external_pause,PAUSE,ERROR,agent_user is not logged in,test,,agent,";

    [Fact]
    public async Task Supervisor_filters_the_audit_log_by_function_and_downloads_the_row_as_csv()
    {
        await AgentApi.CallAsync(Server, "agent_user=1001&function=pause_code&value=BREAK");
        var reply = await AgentApi.CallAsync(Server, "agent_user=1001&function=external_pause&value=PAUSE");
        Assert.StartsWith("ERROR: agent_user is not logged in", reply, StringComparison.Ordinal);
        var page = await Browser.NewPageAsync(Server);
        await page.SignInAsync("super", "Super-demo-1");
        await WaitUntilAuditedAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "API audit log" }).ClickAsync();
        var calls = page.GetByRole(AriaRole.Table, new() { Name = "API calls" }).Locator("tbody tr");
        await Expect(calls.Filter(new() { HasText = "pause_code" })).ToHaveCountAsync(1);
        await page.Field("Function").FillAsync("external_pause");
        await page.Button("Apply filters").ClickAsync();

        await Expect(calls).ToHaveCountAsync(1);
        await Expect(calls.First).ToContainTextAsync("external_pause");
        await Expect(calls.First).ToContainTextAsync("agent_user is not logged in");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n");

        Assert.Matches(@"^audit-log-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        Assert.Equal("id,api_date,user,agent_user,function,value,result,result_reason,source,data,api_script,run_time,remote_ip,url", lines[0]);
        Assert.Contains(Row, lines[1], StringComparison.Ordinal);
        Assert.Equal([""], lines[2..]);
    }

    /// <summary>The audit log is written off the request path: wait until the row is stored before opening the viewer.</summary>
    private static async Task WaitUntilAuditedAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var response = await page.Context.APIRequest.GetAsync("reports/audit.csv?function=external_pause");
            if ((await response.TextAsync()).Contains(Row, StringComparison.Ordinal))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The API call was not audited within 15 s.");
            await Task.Delay(100);
        }
    }
}
