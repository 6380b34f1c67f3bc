namespace Portal.Infrastructure.Calls;

/// <summary>Routing and auto-dialling (section <c>Telephony:Dialer</c>).</summary>
public sealed class CallCenterOptions
{
    public const string Section = "Telephony:Dialer";

    /// <summary>Auto-dial RATIO campaigns for their READY, blended agents.</summary>
    public bool AutoDialEnabled { get; set; } = true;

    /// <summary>An answered auto-dial call waits this long for an agent before it is dropped (status DROP).</summary>
    public double DropSeconds { get; set; } = 5;

    /// <summary>A lead is not auto-dialled again within this many minutes of its last call.</summary>
    public int RedialAfterMinutes { get; set; } = 30;

    /// <summary>Leads called this many times are not auto-dialled again.</summary>
    public int MaxCalledCount { get; set; } = 8;

    /// <summary>The statuses the auto-dialer and "dial next number" may call.</summary>
    public List<string> DialableStatuses { get; set; } = ["NEW", "NA", "B", "A", "AA", "N", "DROP"];
}
