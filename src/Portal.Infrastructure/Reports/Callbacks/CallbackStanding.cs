namespace Portal.Infrastructure.Reports.Callbacks;

/// <summary>Where a callback stands, relative to now and today (the server's local day).</summary>
public enum CallbackStanding
{
    /// <summary>Open, due later than now.</summary>
    Scheduled,

    /// <summary>Open, its due time came today: to be called back today.</summary>
    Due,

    /// <summary>Open, due on an earlier day: missed.</summary>
    Overdue,

    /// <summary>Called back (or cancelled): no longer open.</summary>
    Completed,
}
