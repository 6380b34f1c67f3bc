namespace Portal.Infrastructure.Cluster;

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

/// <summary>
/// The one rule for a grain call whose node has just died (an agent's session, or the leader's call center): the
/// cluster may not have declared the node dead yet, so the call is sent again, with growing pauses, until the grain is
/// activated on a live node. Past <see cref="Patience"/> the exception goes to the caller, whose surface answers
/// "unavailable, try again" in its own format (<see cref="Data.DatabaseOutage"/>).
/// </summary>
public static class NodeLoss
{
    /// <summary>How long a call waits for a grain whose node has just died to come back on a live node.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(800);

    /// <summary>Whether <paramref name="exception"/> says the grain's node is gone (or could not be reached).</summary>
    public static bool IsNodeLoss(Exception exception) => exception is SiloUnavailableException or OrleansMessageRejectionException;

    /// <param name="call">The grain call.</param>
    /// <param name="logger">Where a call sent again is noted.</param>
    /// <param name="grain">What is called, for the log (e.g. "Agent session").</param>
    /// <param name="key">Which one (e.g. the agent user).</param>
    public static async Task<T> SendAsync<T>(Func<Task<T>> call, ILogger logger, string grain, string key)
    {
        ArgumentNullException.ThrowIfNull(call);
        var pause = FirstPause;
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (IsNodeLoss(ex) && Stopwatch.GetElapsedTime(started) < Patience)
            {
                logger.LogInformation("{Grain} {Key} was on a node that is gone ({Problem}); sending again", grain, key, ex.GetType().Name);
                await Task.Delay(pause);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    public static Task SendAsync(Func<Task> call, ILogger logger, string grain, string key)
    {
        ArgumentNullException.ThrowIfNull(call);
        return SendAsync(async () =>
        {
            await call();
            return true;
        }, logger, grain, key);
    }
}
