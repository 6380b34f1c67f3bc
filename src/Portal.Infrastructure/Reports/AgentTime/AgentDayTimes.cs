namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>
/// One agent's day: seconds logged in, ready (READY and QUEUE: waiting for a call), talking (INCALL), paused (in all
/// and per pause code) and in wrap-up (DISPO), and the calls they handled per disposition.
/// </summary>
public sealed record AgentDayTimes(
    string AgentUser,
    string FullName,
    double LoginSeconds,
    double ReadySeconds,
    double TalkSeconds,
    double PausedSeconds,
    IReadOnlyDictionary<string, double> PausedByCode,
    double DispoSeconds,
    int Calls,
    IReadOnlyDictionary<string, int> CallsByStatus)
{
    /// <summary>The key for a pause without a code and for a call without a disposition yet (codes cannot contain brackets).</summary>
    public const string NoCode = "(none)";
}
