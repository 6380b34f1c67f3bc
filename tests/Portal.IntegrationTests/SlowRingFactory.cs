namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;

/// <summary>A quiet portal whose outbound calls ring for a long time, so a test can act while a call is ringing.</summary>
public sealed class SlowRingFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Telephony:Simulator:RingSeconds", "60");
    }
}
