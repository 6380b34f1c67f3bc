namespace Portal.EndToEndTests;

/// <summary>A real Portal server on its own database and a Chromium, started together for each test class.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected PortalServer Server { get; private set; } = default!;

    protected Browser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var server = PortalServer.StartAsync();
        var browser = Browser.LaunchAsync();
        Server = await server;
        Browser = await browser;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}
