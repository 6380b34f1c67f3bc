namespace Portal.Domain.Campaigns;

public enum RecordingMode
{
    Never,
    OnDemand,
    AllCalls,
    AllForce,
}
