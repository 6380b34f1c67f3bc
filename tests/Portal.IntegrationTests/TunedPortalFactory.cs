namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;

/// <summary>A quiet portal with some simulator or dialer settings changed, for one test that needs them.</summary>
public sealed class TunedPortalFactory(params (string Key, string Value)[] settings) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
