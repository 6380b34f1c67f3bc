namespace Portal.Bench;

/// <summary>
/// Every load call the bench made, split into answered (Portal replied, so it must have audited the call) and
/// unanswered (timed out or failed to connect; Portal may or may not have finished and audited it).
/// </summary>
internal sealed class CallTally
{
    public int Answered { get; private set; }

    public int Unanswered { get; private set; }

    public void Add(IEnumerable<FunctionResult> results)
    {
        foreach (var f in results)
        {
            var answered = f.Succeeded + f.ErrorKinds.Where(e => IsReply(e.Key)).Sum(e => e.Value);
            Answered += answered;
            Unanswered += f.Succeeded + f.Errors - answered;
        }
    }

    private static bool IsReply(string errorKind) =>
        errorKind != LoadGenerator.Timeout && !errorKind.StartsWith(LoadGenerator.ConnectionError, StringComparison.Ordinal);
}
