namespace Portal.IntegrationTests.Telephony;

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Telephony;
using Portal.Infrastructure.Telephony.Asterisk;

/// <summary>Portal with Telephony:Provider=Asterisk while Asterisk cannot be reached: clear errors, a degraded health, no leaked password.</summary>
public sealed class AsteriskProviderTests(UnreachableAsteriskFactory factory) : IClassFixture<UnreachableAsteriskFactory>
{
    [Fact]
    public void The_Asterisk_adapter_carries_the_calls()
    {
        Assert.IsType<AsteriskTelephony>(factory.Services.GetRequiredService<ITelephony>());
    }

    [Fact]
    public async Task Healthz_reports_the_phone_system_degraded_and_stays_up_for_the_load_balancer()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.RootElement.GetProperty("checks").GetProperty("telephony").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_login_while_the_phone_system_is_down_says_so()
    {
        var outcome = await factory.Services.GetRequiredService<AgentDesk>().LogInAsync("1001", "TESTCAMP", "1001");

        Assert.Null(outcome.Session);
        Assert.Equal("The phone system is not reachable; try again in a moment.", outcome.Refusal?.Reason);
    }

    [Fact]
    public async Task The_ARI_password_is_in_no_log_line()
    {
        await factory.Services.GetRequiredService<AgentDesk>().LogInAsync("1002", "TESTCAMP", "1002");
        var warned = await Eventually.UntilAsync(
            () => Task.FromResult(Lines().Where(l => l.Contains("Asterisk is not reachable", StringComparison.Ordinal)).ToList()),
            lines => lines.Count >= 2,
            "the adapter's warnings that Asterisk cannot be reached");

        Assert.NotEmpty(warned);
        Assert.DoesNotContain(Lines(), line => line.Contains(UnreachableAsteriskFactory.AriPassword, StringComparison.Ordinal));
    }

    /// <summary>Every log line so far: its message and its exception's text (type, message, stack).</summary>
    private IEnumerable<string> Lines() => factory.Logs.Entries.Select(e => $"{e.Category} {e.Message} {e.Exception}");
}
