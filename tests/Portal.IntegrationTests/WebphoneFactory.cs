namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;

/// <summary>A quiet portal with a webphone URL template configured (Portal:AgentApi:WebphoneUrl).</summary>
public sealed class WebphoneFactory : PortalFactory
{
    public const string Template = "https://webphone.example.com/phone?user={user}&phone={phone}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:AgentApi:WebphoneUrl", Template);
    }
}
