namespace Portal.Domain.Sessions;

/// <summary>What is true of the call an agent is on.</summary>
[Flags]
public enum CallFlags
{
    None = 0,
    Recording = 1,

    /// <summary>The customer, the agent and a third party are all connected.</summary>
    ThreeWay = 2,

    /// <summary>The customer is parked (hears music); the agent may dial out or grab them back.</summary>
    Parked = 4,

    /// <summary>The customer has hung up; the agent is still on the line until they hang up too.</summary>
    CustomerGone = 8,

    /// <summary>An outbound call is still ringing.</summary>
    Ringing = 16,

    OnHold = 32,
    Muted = 64,
}
