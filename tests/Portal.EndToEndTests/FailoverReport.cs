namespace Portal.EndToEndTests;

using System.Globalization;
using Xunit.Abstractions;

/// <summary>What the Agent API load saw around a node's kill, written to the test output.</summary>
public static class FailoverReport
{
    /// <summary>
    /// Per agent: how long after the kill a call sent after it first answered SUCCESS, and the calls that did not
    /// answer SUCCESS; returns the longest wait among the sessions that were on the killed node.
    /// </summary>
    public static TimeSpan Write(ITestOutputHelper output, IReadOnlyList<ApiReply> replies, IReadOnlyDictionary<string, int> placed, int killedNode, TimeSpan killedAt)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(placed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{replies.Count} Agent API calls through nginx, {replies.Count(r => r.IsSuccess)} SUCCESS; node {killedNode} killed at {killedAt.TotalSeconds:0.000} s."));
        var longest = TimeSpan.Zero;
        foreach (var calls in replies.GroupBy(r => r.Agent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var back = calls.Where(r => r.IsSuccess && r.Sent > killedAt).MinBy(r => r.Received);
            var wait = back is null ? (TimeSpan?)null : back.Received - killedAt;
            var moved = placed.GetValueOrDefault(calls.Key) == killedNode;
            if (moved && wait > longest)
            {
                longest = wait.Value;
            }

            var failed = calls.Where(r => !r.IsSuccess).OrderBy(r => r.Sequence).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {calls.Key} (session on node {placed.GetValueOrDefault(calls.Key)}): {calls.Count()} calls, SUCCESS again {wait?.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) ?? "never"} s after the kill, {failed.Count} not SUCCESS"));
            foreach (var call in failed.Take(8))
            {
                output.WriteLine("    " + call);
            }
        }

        output.WriteLine($"{StaleRefusals(replies)} RESUME calls answered 'agent is not paused' right after the agent's acknowledged PAUSE.");
        return longest;
    }

    /// <summary>
    /// RESUME calls refused as "not paused" although the agent's previous acknowledged call was a PAUSE: the node that
    /// answered had not heard of that PAUSE yet.
    /// </summary>
    private static int StaleRefusals(IReadOnlyList<ApiReply> replies) =>
        replies.GroupBy(r => r.Agent).Sum(calls =>
        {
            var decided = calls.OrderBy(r => r.Sequence)
                .Where(r => r.IsSuccess || r.Body.Contains("agent is not paused", StringComparison.Ordinal)).ToList();
            return decided.Zip(decided.Skip(1)).Count(pair => pair.First is { IsSuccess: true, Value: "PAUSE" } && !pair.Second.IsSuccess);
        });
}
