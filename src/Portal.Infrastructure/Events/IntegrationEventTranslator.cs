namespace Portal.Infrastructure.Events;

using System.Globalization;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Events.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Turns a session change into contract events. Events that only matter to the agent's own screen (call flags,
/// conference line, lead preview, panel refreshes, pending intents) are not part of the contract and are left out.
/// </summary>
public static class IntegrationEventTranslator
{
    public static IReadOnlyList<IntegrationEvent> Translate(SessionChange change, string userGroup)
    {
        var session = change.Session;
        var translated = new List<IntegrationEvent>(change.Events.Count);
        for (var index = 0; index < change.Events.Count; index++)
        {
            var agentEvent = change.Events[index];
            if (Describe(agentEvent, session) is { } described)
            {
                translated.Add(new IntegrationEvent(
                    EventId(session, index), described.Type, agentEvent.At, session.AgentUser, session.CampaignId, userGroup,
                    described.State, described.PauseCode, described.Data));
            }
        }

        return translated;
    }

    /// <summary>
    /// Agent, login time, session version and position in the change: unique, and the same wherever the event goes,
    /// so receivers can drop duplicates.
    /// </summary>
    private static string EventId(SessionSnapshot session, int index) => string.Create(
        CultureInfo.InvariantCulture, $"{session.AgentUser}.{session.LoggedInAt.ToUnixTimeMilliseconds()}.{session.Version}.{index}");

    private static Described? Describe(AgentEvent agentEvent, SessionSnapshot session)
    {
        var state = session.State.ToVicidialName();
        var pauseCode = session.State == AgentState.Paused ? session.PauseCode : null;
        return agentEvent switch
        {
            AgentLoggedIn e => new(IntegrationEventTypes.AgentLogin, state, pauseCode, new AgentLoginData(e.PhoneLogin, session.InGroups, session.Blended)),
            AgentStateChanged e => new(
                IntegrationEventTypes.AgentState,
                e.State.ToVicidialName(),
                e.State == AgentState.Paused ? e.PauseCode : null,
                new AgentStateData(e.PreviousState.ToVicidialName(), e.PreviousPauseCode, (long)e.PreviousDuration.TotalSeconds)),
            InGroupsChanged e => new(IntegrationEventTypes.AgentInGroups, state, pauseCode, new InGroupsData(e.InGroups, e.Blended)),
            AgentLoggedOut e => new(
                IntegrationEventTypes.AgentLogout, AgentState.LoggedOut.ToVicidialName(), null, new AgentLogoutData(e.LastState.ToVicidialName(), e.LastPauseCode)),
            CallOffered e => new(IntegrationEventTypes.CallOffered, state, pauseCode, CallData.Of(e.Call)),

            // A manual dial joins the agent to a line that is still ringing; the customer answers later.
            CallConnected e when e.Call.Has(CallFlags.Ringing) => new(IntegrationEventTypes.CallDialing, state, pauseCode, CallData.Of(e.Call)),
            CallConnected e => new(IntegrationEventTypes.CallAnswered, state, pauseCode, CallData.Of(e.Call)),
            CallAnsweredByCustomer e => new(IntegrationEventTypes.CallAnswered, state, pauseCode, CallData.Of(e.Call)),
            CallEnded e => new(IntegrationEventTypes.CallEnded, state, pauseCode, CallEndedData.Of(e)),
            CallDispositioned e => new(IntegrationEventTypes.Disposition, state, pauseCode, DispositionData.Of(e)),
            NotificationReceived e => new(IntegrationEventTypes.Notification, state, pauseCode, new NotificationData(e.Notification.Text, e.Notification.From)),
            _ => null,
        };
    }

    private sealed record Described(string Type, string State, string? PauseCode, object Data);
}
