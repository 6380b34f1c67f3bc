namespace Portal.Infrastructure.Sessions;

using Portal.Domain.Sessions;

/// <summary>The result of sending a command to a live session, with the session as it is afterwards.</summary>
public sealed record CommandOutcome(CommandResult Result, SessionSnapshot? Session)
{
    public static readonly CommandOutcome NotLoggedIn = new(CommandResult.Refused(Refusal.NotLoggedIn), null);

    public bool IsAccepted => Result.IsAccepted;

    public Refusal? Refusal => Result.Refusal;
}
