namespace Portal.Domain.Supervision;

/// <summary>The row colours of VICIdial's real-time report, which supervisors read at a glance.</summary>
public enum BandColor
{
    /// <summary>No colour yet: in a call or paused for less than ten seconds.</summary>
    White,
    LightBlue,
    Blue,
    MidnightBlue,
    Thistle,
    Violet,
    Purple,
    Khaki,
    Yellow,
    Olive,
    Lime,
    Black,
    Salmon,
}
