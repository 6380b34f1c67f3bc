namespace Portal.EndToEndTests;

/// <summary>A three-node cluster (scripts/cluster.sh) and a Chromium, started once for the cluster tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public PortalCluster Cluster { get; private set; } = default!;

    public Browser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var cluster = PortalCluster.StartAsync(nodes: 3);
        var browser = Browser.LaunchAsync();
        try
        {
            await Task.WhenAll(cluster, browser);
        }
        catch
        {
            // xUnit does not dispose a fixture that failed to start: stop whichever half did start.
            Cluster = cluster.IsCompletedSuccessfully ? cluster.Result : null!;
            Browser = browser.IsCompletedSuccessfully ? browser.Result : null!;
            await DisposeAsync();
            throw;
        }

        Cluster = cluster.Result;
        Browser = browser.Result;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
