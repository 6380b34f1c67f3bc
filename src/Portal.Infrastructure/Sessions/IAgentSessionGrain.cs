namespace Portal.Infrastructure.Sessions;

using Portal.Domain.Sessions;

/// <summary>
/// One agent's live session as an Orleans virtual actor keyed by the agent user: one activation in the whole cluster,
/// commands handled one at a time, wherever they come from.
/// </summary>
[Alias("Portal.IAgentSessionGrain")]
public interface IAgentSessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts a session, or refuses when one is live. Answered within <see cref="SessionRuntime.LoginTimeout"/> or
    /// asked again (Orleans' default is 30 s, longer than anyone waits at a login form).
    /// </summary>
    [Alias("LogIn")]
    [ResponseTimeout(SessionRuntime.LoginTimeoutText)]
    Task<SessionReply> LogIn(AgentLogin login);

    /// <summary>
    /// Handles one command; refused with "not logged in" when no session is live. A command not answered within 10 s
    /// is answered "unavailable, try again" in the caller's format.
    /// </summary>
    [Alias("Send")]
    [ResponseTimeout("00:00:10")]
    Task<SessionReply> Send(AgentCommand command);
}

/// <summary>What a session grain answers: the events of an accepted command or the refusal, and the session afterwards.</summary>
[GenerateSerializer, Immutable, Alias("Portal.SessionReply")]
public sealed record SessionReply(
    [property: Id(0)] AgentEvent[] Events,
    [property: Id(1)] Refusal? Refusal,
    [property: Id(2)] SessionSnapshot? Session)
{
    public static readonly SessionReply NotLoggedIn = new([], Refusal.NotLoggedIn, null);

    public CommandOutcome ToOutcome() =>
        Refusal is { } refusal ? new CommandOutcome(CommandResult.Refused(refusal), Session) : new CommandOutcome(CommandResult.Accepted(Events), Session);
}
