namespace Portal.Infrastructure.Sessions;

using Portal.Domain.Sessions;

public sealed record LoginOutcome(SessionSnapshot? Session, Refusal? Refusal)
{
    public bool IsAccepted => Refusal is null;
}
