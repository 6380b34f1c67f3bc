namespace Portal.IntegrationTests.Telephony;

using Microsoft.AspNetCore.Hosting;

/// <summary>Telephony:Provider names a PBX Portal knows, or Portal does not start.</summary>
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
