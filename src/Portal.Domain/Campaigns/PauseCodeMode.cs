namespace Portal.Domain.Campaigns;

public enum PauseCodeMode
{
    Off,
    Optional,
    Forced,
}
