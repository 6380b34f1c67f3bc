namespace Portal.Infrastructure.Cluster;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

/// <summary>
/// Runs the work that must happen once per cluster (routing calls, the dialer, the simulated PBX, timers, callback
/// alarms, webhooks) on the leader node only (<see cref="IClusterLeaderGrain"/>), and moves it when the leader changes.
/// One process on its own runs it as ordinary hosted services and needs none of this.
/// </summary>
public sealed partial class ClusterDuties(
    IEnumerable<ClusterDuty> duties, IGrainFactory grains, ILocalSiloDetails silo, TimeProvider time, ILogger<ClusterDuties> logger)
    : BackgroundService
{
    /// <summary>How often a node asks where the leader is (and so how soon a dead leader's work moves).</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private volatile bool _leading;

    /// <summary>Whether this node does the once-per-cluster work now.</summary>
    public bool IsLeader => _leading;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var here = silo.SiloAddress.ToParsableString();
        using var timer = new PeriodicTimer(CheckInterval, time);
        do
        {
            bool leader;
            try
            {
                leader = await grains.GetGrain<IClusterLeaderGrain>(0).Where() == here;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The leader's node has just gone (or the cluster is starting): ask again at the next tick.
                LogLeaderUnknown(ex.Message);
                continue;
            }

            if (leader != _leading)
            {
                await SwitchAsync(leader, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_leading)
        {
            await SwitchAsync(false, cancellationToken);
        }
    }

    private async Task SwitchAsync(bool leading, CancellationToken cancellationToken)
    {
        _leading = leading;
        LogLeadership(leading ? "takes over" : "hands over", string.Join(", ", duties.Select(d => d.Name)));
        foreach (var duty in leading ? duties : duties.Reverse())
        {
            try
            {
                await (leading ? duty.Service.StartAsync(cancellationToken) : duty.Service.StopAsync(cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Once-per-cluster work {Duty} could not {Action}", duty.Name, leading ? "start" : "stop");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This node {Change} the once-per-cluster work: {Duties}")]
    private partial void LogLeadership(string change, string duties);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not learn which node leads the cluster: {Problem}")]
    private partial void LogLeaderUnknown(string problem);
}

/// <summary>A hosted service that runs on the cluster's leader only.</summary>
public sealed record ClusterDuty(string Name, IHostedService Service);
