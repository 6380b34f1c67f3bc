namespace Portal.EndToEndTests;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

/// <summary>An admin creates an API key on the API keys page; an integration uses it on the REST API and the agent's page follows.</summary>
public sealed class RestApiKeyTests : BrowserTest
{
    [Fact]
    public async Task Admin_creates_a_key_and_the_rest_api_pauses_the_agent_on_the_open_page()
    {
        var agent = await Browser.NewPageAsync(Server);
        await agent.LogInAgentAsync("1001");
        await agent.GoReadyAsync();
        var admin = await Browser.NewPageAsync(Server);
        await admin.SignInAsync("admin", "Admin-demo-1");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await admin.Field("Key name").FillAsync("E2E integration");
        await admin.ChooseAsync("User", "api – Integration user");
        await admin.Button("Create key").ClickAsync();
        var secretField = admin.GetByLabel("New API key", new() { Exact = true });
        await Expect(secretField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^pk_"), new() { Timeout = 30_000 });
        var secret = await secretField.InputValueAsync();
        await admin.Button("I have stored it").ClickAsync();
        await Expect(secretField).ToHaveCountAsync(0);
        await Expect(admin.GetByRole(AriaRole.Table, new() { Name = "API keys" })).ToContainTextAsync("E2E integration");

        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.PostAsync(
            new Uri("api/v1/agents/1001/pause", UriKind.Relative), new StringContent("{\"pauseCode\":\"BREAK\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Expect(agent.AgentState()).ToHaveTextAsync("PAUSED BREAK");
        await Expect(admin.GetByRole(AriaRole.Table, new() { Name = "API keys" })).Not.ToContainTextAsync(secret);
    }
}
