namespace Portal.Domain.Leads;

/// <summary>A customer record (VICIdial's vicidial_list row).</summary>
public sealed class Lead
{
    private Lead()
    {
        Status = NewStatus;
        Details = new LeadDetails();
    }

    public const string NewStatus = "NEW";

    public long LeadId { get; private set; }
    public long ListId { get; private set; }
    public string Status { get; private set; }
    public string? User { get; private set; }
    public int CalledCount { get; private set; }
    public DateTimeOffset EntryDate { get; private set; }
    public DateTimeOffset ModifyDate { get; private set; }
    public DateTimeOffset? LastLocalCallTime { get; private set; }
    public LeadDetails Details { get; private set; }

    public static Lead Create(long listId, LeadDetails details, DateTimeOffset now) => new()
    {
        ListId = listId,
        Details = details,
        EntryDate = now,
        ModifyDate = now,
    };

    public void Update(LeadDetails details, DateTimeOffset now)
    {
        Details = details;
        ModifyDate = now;
    }

    /// <summary>Records a finished call: the disposition, who had it, and one more attempt.</summary>
    public void RecordCall(string status, string agentUser, DateTimeOffset at)
    {
        Status = status;
        User = agentUser;
        CalledCount++;
        LastLocalCallTime = at;
        ModifyDate = at;
    }
}
