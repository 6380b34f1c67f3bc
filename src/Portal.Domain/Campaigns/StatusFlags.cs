namespace Portal.Domain.Campaigns;

[Flags]
public enum StatusFlags
{
    None = 0,
    Selectable = 1,
    HumanAnswered = 2,
    Sale = 4,
    Dnc = 8,
    ScheduledCallback = 16,
    Completed = 32,
}
