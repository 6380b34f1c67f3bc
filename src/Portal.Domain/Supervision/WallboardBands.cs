namespace Portal.Domain.Supervision;

using Portal.Domain.Sessions;

/// <summary>
/// VICIdial's real-time report colours: waiting agents turn from light blue to blue after a minute and midnight blue
/// after five; calls from thistle (10 s) to violet (1 min) to purple (5 min); pauses and wrap-up from khaki (10 s) to
/// yellow (1 min) to olive (5 min). A 3-way call is lime, a call whose customer hung up is black, a call still ringing
/// or being delivered is salmon. Wrap-up is coloured as a pause, as VICIdial shows it.
/// </summary>
public static class WallboardBands
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<BandLegendEntry> Legend =
    [
        new(BandColor.LightBlue, "Waiting for a call (READY)"),
        new(BandColor.Blue, "Waiting 1 minute or more"),
        new(BandColor.MidnightBlue, "Waiting 5 minutes or more"),
        new(BandColor.White, "In a call or paused for under 10 seconds"),
        new(BandColor.Thistle, "In a call 10 seconds or more"),
        new(BandColor.Violet, "In a call 1 minute or more"),
        new(BandColor.Purple, "In a call 5 minutes or more"),
        new(BandColor.Khaki, "Paused or in wrap-up 10 seconds or more"),
        new(BandColor.Yellow, "Paused or in wrap-up 1 minute or more"),
        new(BandColor.Olive, "Paused or in wrap-up 5 minutes or more"),
        new(BandColor.Lime, "In a 3-way call"),
        new(BandColor.Black, "Customer hung up; the agent is still on the line"),
        new(BandColor.Salmon, "Call ringing or being delivered to the agent"),
    ];

    public static WallboardBand For(SessionSnapshot session, DateTimeOffset now) =>
        For(session.State, session.Call?.Flags ?? CallFlags.None, now - session.StateSince);

    public static WallboardBand For(AgentState state, CallFlags flags, TimeSpan inState) => state switch
    {
        AgentState.Queue => new(BandColor.Salmon, "Call being delivered"),
        AgentState.InCall when flags.HasFlag(CallFlags.CustomerGone) => new(BandColor.Black, "Customer hung up"),
        AgentState.InCall when flags.HasFlag(CallFlags.ThreeWay) => new(BandColor.Lime, "3-way call"),
        AgentState.InCall when flags.HasFlag(CallFlags.Ringing) => new(BandColor.Salmon, "Ringing"),
        AgentState.InCall => Timed(inState, "In call", BandColor.Thistle, BandColor.Violet, BandColor.Purple),
        AgentState.Ready => Waiting(inState),
        AgentState.Paused => Timed(inState, "Paused", BandColor.Khaki, BandColor.Yellow, BandColor.Olive),
        AgentState.Dispo => Timed(inState, "Wrap-up", BandColor.Khaki, BandColor.Yellow, BandColor.Olive),
        _ => new(BandColor.White, "Logged out"),
    };

    /// <summary>
    /// When the row's colour will next change if nothing else happens, or null when it never will by time alone
    /// (a wallboard re-renders then, instead of every second).
    /// </summary>
    public static DateTimeOffset? NextChange(SessionSnapshot session, DateTimeOffset now)
    {
        var flags = session.Call?.Flags ?? CallFlags.None;
        TimeSpan[] thresholds = session.State switch
        {
            AgentState.Ready => [OneMinute, FiveMinutes],
            AgentState.InCall when (flags & (CallFlags.CustomerGone | CallFlags.ThreeWay | CallFlags.Ringing)) != 0 => [],
            AgentState.InCall or AgentState.Paused or AgentState.Dispo => [TenSeconds, OneMinute, FiveMinutes],
            _ => [],
        };
        var inState = now - session.StateSince;
        foreach (var threshold in thresholds)
        {
            if (inState < threshold)
            {
                return session.StateSince + threshold;
            }
        }

        return null;
    }

    private static WallboardBand Waiting(TimeSpan inState) =>
        inState >= FiveMinutes ? new(BandColor.MidnightBlue, "Waiting 5 min+")
        : inState >= OneMinute ? new(BandColor.Blue, "Waiting 1 min+")
        : new(BandColor.LightBlue, "Waiting");

    private static WallboardBand Timed(TimeSpan inState, string what, BandColor tenSeconds, BandColor oneMinute, BandColor fiveMinutes) =>
        inState >= FiveMinutes ? new(fiveMinutes, $"{what} 5 min+")
        : inState >= OneMinute ? new(oneMinute, $"{what} 1 min+")
        : inState >= TenSeconds ? new(tenSeconds, $"{what} 10 s+")
        : new(BandColor.White, what);
}
