namespace Portal.Web.Components.Agent;

using Microsoft.Extensions.Localization;
using Portal.Domain.Sessions;

/// <summary>A session's state as people read it, in their language ("PAUSED BREAK", "EN PAUSA BREAK").</summary>
public static class StateText
{
    public static string Of(IStringLocalizer<SharedResource> words, SessionSnapshot session)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(session);
        var name = words["State_" + session.State.ToVicidialName().Replace(' ', '_')].Value;
        return session.State == AgentState.Paused && !string.IsNullOrEmpty(session.PauseCode) ? $"{name} {session.PauseCode}" : name;
    }
}
