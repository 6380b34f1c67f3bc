namespace Portal.Infrastructure.Seeding;

using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Users;

/// <summary>The demo campaigns, in-groups, statuses, pause codes, lists and user groups.</summary>
internal static class DemoCatalog
{
    public static IEnumerable<InGroup> InGroups() =>
    [
        new InGroup("SALESLINE", "Sales line", "#2e7d32", 5).AddNewCallersTo(201),
        new InGroup("SUPPORT", "Customer support", "#1565c0", 3).AddNewCallersTo(201),
    ];

    public static IEnumerable<Campaign> Campaigns() =>
    [
        new Campaign("TESTCAMP", "Test campaign (outbound + inbound)", DialMethod.Ratio)
            .AllowInbound("SALESLINE", "SUPPORT")
            .UsePauseCodes(PauseCodeMode.Optional)
            .UseRecording(RecordingMode.OnDemand)
            .UseDialLevel(1.0, altPhoneDial: true)
            .UseTimerAction(120, "Two minutes in: if the customer is interested, offer the premium plan.")
            .WithWebForm(
                "https://crm.example.com/lead?lead_id=--A--lead_id--B--&phone=--A--phone_number--B--",
                "Hello --A--first_name--B--, this is --A--fullname--B-- calling about your account."),
        new Campaign("INBOUND", "Inbound only", DialMethod.InboundMan)
            .AllowInbound("SALESLINE", "SUPPORT")
            .UsePauseCodes(PauseCodeMode.Forced)
            .UseRecording(RecordingMode.AllCalls),
    ];

    /// <summary>VICIdial's common system statuses.</summary>
    public static IEnumerable<Status> Statuses()
    {
        const StatusFlags pick = StatusFlags.Selectable;
        const StatusFlags human = StatusFlags.HumanAnswered;
        return
        [
            new("NEW", "New lead", StatusFlags.None),
            new("QUEUE", "Lead to be called", StatusFlags.None),
            new("INCALL", "Lead being called", StatusFlags.None),
            new("DROP", "Agent not available", StatusFlags.None),
            new("NA", "No answer autodial", StatusFlags.None),
            new("AA", "Answering machine auto", StatusFlags.None),
            new("CBHOLD", "Call back hold", StatusFlags.None),
            new("A", "Answering machine", pick),
            new("B", "Busy", pick),
            new("N", "No answer", pick),
            new("DC", "Disconnected number", pick | StatusFlags.Completed),
            new("DNC", "Do not call", pick | human | StatusFlags.Dnc | StatusFlags.Completed),
            new("NI", "Not interested", pick | human | StatusFlags.Completed),
            new("NP", "No pitch no price", pick | human),
            new("DEC", "Declined sale", pick | human | StatusFlags.Completed),
            new("SALE", "Sale made", pick | human | StatusFlags.Sale | StatusFlags.Completed),
            new("CALLBK", "Call back", pick | human | StatusFlags.ScheduledCallback),
            new("XFER", "Call transferred", pick | human),
        ];
    }

    public static IEnumerable<PauseCode> PauseCodes() =>
    [
        new("BREAK", "Short break", billable: false),
        new("LUNCH", "Lunch", billable: false),
        new("TRAIN", "Training", billable: true),
        new("MEET", "Team meeting", billable: true),
    ];

    public static IEnumerable<LeadList> Lists() =>
    [
        new(101, "TESTCAMP outbound leads", "TESTCAMP"),
        new(201, "INBOUND callers", "INBOUND"),
    ];

    public static IEnumerable<UserGroup> UserGroups() =>
    [
        new("ADMIN", "Administrators", UserGroup.AllCampaigns),
        new("SUPERVISORS", "Supervisors", UserGroup.AllCampaigns),
        new("AGENTS", "Agents", "TESTCAMP INBOUND"),
        new("API", "Integrations", UserGroup.AllCampaigns),
    ];
}
