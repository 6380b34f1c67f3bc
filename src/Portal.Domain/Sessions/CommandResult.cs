namespace Portal.Domain.Sessions;

/// <summary>The outcome of one command: the events it caused, or the reason it was refused.</summary>
public sealed record CommandResult
{
    private CommandResult(IReadOnlyList<AgentEvent> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<AgentEvent> Events { get; }

    public Refusal? Refusal { get; }

    public bool IsAccepted => Refusal is null;

    /// <summary>Accepted and changed the session (an accepted command may also change nothing: a repeated PAUSE).</summary>
    public bool Changed => Events.Count > 0;

    public static CommandResult Accepted(params AgentEvent[] events) => new(events, null);

    public static CommandResult Refused(Refusal refusal) => new([], refusal);
}
