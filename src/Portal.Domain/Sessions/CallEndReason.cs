namespace Portal.Domain.Sessions;

/// <summary>Why the agent's part of a call ended; the disposition screen suggests a status from it.</summary>
public enum CallEndReason
{
    AgentHangup,
    CustomerHangup,
    Busy,
    NoAnswer,
    Transferred,
    LeftThreeWay,
    Dropped,
}
