namespace Portal.IntegrationTests.Telephony;

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
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
            () => Task.FromResult(factory.Logs.Lines.Where(l => l.Contains("Asterisk is not reachable", StringComparison.Ordinal)).ToList()),
            lines => lines.Count >= 2,
            "the adapter's warnings that Asterisk cannot be reached");

        Assert.NotEmpty(warned);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(UnreachableAsteriskFactory.AriPassword, StringComparison.Ordinal));
    }
}

public sealed class TelephonyProviderChoiceTests
{
    [Fact]
    public void An_unknown_provider_stops_the_start_with_a_message_naming_the_setting()
    {
        using var factory = new UnknownProviderFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Telephony:Provider is 'Freeswitch'; use 'Simulator' or 'Asterisk'.", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);

    private sealed class UnknownProviderFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telephony:Provider", "Freeswitch");
        }
    }
}
