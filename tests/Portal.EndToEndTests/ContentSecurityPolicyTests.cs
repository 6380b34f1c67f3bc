namespace Portal.EndToEndTests;

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>Blazor Server works under Portal's Content-Security-Policy: no page logs a CSP violation in Chromium.</summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    [Fact]
    public async Task Agent_supervisor_and_admin_screens_run_with_no_policy_violation()
    {
        var violations = new List<string>();
        var admin = await WatchedPageAsync(violations);
        await admin.SignInAsync("admin", "Admin-demo-1");
        foreach (var screen in new[] { "supervisor", "admin", "admin/users", "reports/audit" })
        {
            await admin.GotoAsync(screen);
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // An interactive round trip proves the circuit (its WebSocket under connect-src 'self') works.
        var agent = await WatchedPageAsync(violations);
        await agent.LogInAgentAsync("1001");
        await agent.GoReadyAsync();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task<IPage> WatchedPageAsync(List<string> violations)
    {
        var page = await Browser.NewPageAsync(Server);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (violations)
            {
                violations.Add($"{page.Url}: {error}");
            }
        };
        return page;
    }
}
