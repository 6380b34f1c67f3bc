namespace Portal.Domain.Sessions;

/// <summary>
/// Why a command was refused. <see cref="Reason"/> is VICIdial's own wording, so the Agent API can print it
/// verbatim (e.g. <c>ERROR: external_pause agent is not paused - …</c>) and screens can show it as is.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Reason)
{
    public static readonly Refusal NotLoggedIn = new(RefusalKind.NotLoggedIn, "agent_user is not logged in");
    public static readonly Refusal AlreadyLoggedIn = new(RefusalKind.AlreadyLoggedIn, "agent_user is already logged in");
    public static readonly Refusal NotPaused = new(RefusalKind.NotPaused, "agent is not paused");
    public static readonly Refusal NotReady = new(RefusalKind.NotReady, "agent is not ready");
    public static readonly Refusal NotOnCall = new(RefusalKind.NotOnCall, "agent is not on a live call");
    public static readonly Refusal NoCallOffered = new(RefusalKind.NoCallOffered, "no call is being delivered to the agent");
    public static readonly Refusal NotInDisposition = new(RefusalKind.NotInDisposition, "agent is not on the disposition screen");
    public static readonly Refusal InvalidPauseCode = new(RefusalKind.InvalidPauseCode, "pause code is not valid");
    public static readonly Refusal InvalidStatus = new(RefusalKind.InvalidStatus, "status is not valid");
}
