namespace Portal.EndToEndTests;

/// <summary>A real Portal server on its own database and a Chromium, started together for each test class.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    protected PortalServer Server { get; private set; } = default!;

    protected Browser Browser { get; private set; } = default!;

    /// <summary>Configuration for this class's server (e.g. a livelier simulator); the default is a quiet one.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var server = PortalServer.StartAsync(Settings);
        var browser = Browser.LaunchAsync();
        Server = await server;
        Browser = await browser;
    }

    public async Task DisposeAsync()
    {
        // Errors while the test ran count; a background job cancelled by the shutdown itself does not.
        var errors = Server.LoggedErrors;
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
        Assert.True(errors.Count == 0, "The server logged errors:\n" + string.Join("\n", errors));
    }
}
