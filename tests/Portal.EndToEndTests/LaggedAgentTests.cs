namespace Portal.EndToEndTests;

using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>
/// Phantom agents: closing the desk tab while READY pauses the agent LAGGED after the campaign's grace period; signing
/// out (in any tab) ends the campaign session instead, so nobody is left READY.
/// </summary>
public sealed class LaggedAgentTests : BrowserTest
{
    private const int GraceSeconds = 2;

    [Fact]
    public async Task Closing_the_desk_tab_while_ready_shows_the_agent_paused_lagged_on_the_wallboard_and_the_api()
    {
        await SetGraceAsync("TESTCAMP", GraceSeconds);
        var desk = await Browser.NewPageAsync(Server);
        await desk.LogInAgentAsync("1001");
        await desk.GoReadyAsync();
        var wallboard = await Browser.NewPageAsync(Server);
        await wallboard.SignInAsync("super", "Super-demo-1");
        await wallboard.GotoAsync("supervisor");
        var state = wallboard.WallboardState("1001");
        await Expect(state).ToHaveTextAsync("READY");

        await desk.CloseAsync();

        await Expect(state).ToHaveTextAsync("PAUSED LAGGED", new() { Timeout = 15_000 });
        Assert.Equal("PAUSED LAGGED", await RestStateTextAsync("1001"));
    }

    [Fact]
    public async Task Signing_out_in_another_tab_logs_the_campaign_session_out_and_signs_the_open_desk_out()
    {
        var desk = await Browser.NewPageAsync(Server);
        await desk.LogInAgentAsync("1002");
        await desk.GoReadyAsync();
        var otherTab = await desk.Context.NewPageAsync();
        await otherTab.GotoAsync("account/access-denied");

        await otherTab.Button("Sign out").ClickAsync();

        // Sign-out never strands the agent: the campaign session ends first (nobody stays READY, not even LAGGED).
        // Polls the address rather than waiting for one navigation: the desk may be sent to the login page twice (its
        // revoked sign-in and its ended session both notice), and the first of two navigations ends aborted.
        await Expect(desk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 15_000 });
        await Expect(desk.GetByLabel("Username", new() { Exact = true })).ToBeVisibleAsync();
        await Eventually(() => RestStateTextAsync("1002"), null);
    }

    private static async Task Eventually(Func<Task<string?>> read, string? expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string? last;
        while ((last = await read()) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(expected, last);
    }

    private async Task SetGraceAsync(string campaignId, int seconds)
    {
        await using var connection = new SqliteConnection($"Data Source={Server.DatabasePath}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Campaigns SET LaggedGraceSeconds = $seconds WHERE Id = $id";
        update.Parameters.AddWithValue("$seconds", seconds);
        update.Parameters.AddWithValue("$id", campaignId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    private async Task<string?> RestStateTextAsync(string agentUser)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TestApiKeys.IssueAsync(Server, "api"));
        using var response = await http.GetAsync(new Uri($"api/v1/agents/{agentUser}", UriKind.Relative));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null; // not logged in to a campaign
        }

        using var agent = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return agent.RootElement.GetProperty("stateText").GetString();
    }
}
