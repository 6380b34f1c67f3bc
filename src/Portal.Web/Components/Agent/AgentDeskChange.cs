namespace Portal.Web.Components.Agent;

using Portal.Domain.Sessions;

/// <summary>Something the agent desk must show: a session change (with its events) or a change in the call queue.</summary>
public sealed record AgentDeskChange(SessionSnapshot? Session, IReadOnlyList<AgentEvent> Events)
{
    public bool EndedSession => Session?.State == AgentState.LoggedOut;

    /// <summary>A call is arriving (not one the agent dialled): ring the alert.</summary>
    public bool PlayAlert => Events.Any(e => e is CallOffered || e is CallConnected { Call.Direction: not CallDirection.Manual });

    public IEnumerable<AgentNotification> Confetti =>
        Events.OfType<NotificationReceived>().Select(n => n.Notification).Where(n => n.Confetti);
}
