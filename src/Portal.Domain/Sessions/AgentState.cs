namespace Portal.Domain.Sessions;

/// <summary>The states of a live agent session, named as VICIdial names them.</summary>
public enum AgentState
{
    /// <summary>Not taking calls; carries a pause code (LOGIN right after login).</summary>
    Paused,

    /// <summary>Waiting for a call.</summary>
    Ready,

    /// <summary>A call is being delivered to the agent.</summary>
    Queue,

    /// <summary>On a call with a customer.</summary>
    InCall,

    /// <summary>Wrap-up: the call has ended and a disposition is required.</summary>
    Dispo,

    /// <summary>The session has ended.</summary>
    LoggedOut,
}
