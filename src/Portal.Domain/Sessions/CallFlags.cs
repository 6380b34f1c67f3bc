namespace Portal.Domain.Sessions;

/// <summary>What is true of the call an agent is on.</summary>
[Flags]
public enum CallFlags
{
    None = 0,
    Recording = 1,
    ThreeWay = 2,
    Parked = 4,
    CustomerGone = 8,
}
