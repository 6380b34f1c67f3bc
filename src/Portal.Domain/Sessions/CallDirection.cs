namespace Portal.Domain.Sessions;

public enum CallDirection
{
    Inbound,
    Outbound,
    Manual,
}
