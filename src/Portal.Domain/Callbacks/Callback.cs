namespace Portal.Domain.Callbacks;

/// <summary>A scheduled callback for a lead (VICIdial's vicidial_callbacks row).</summary>
public sealed class Callback
{
    public const int MaxCommentsLength = 200;

    private Callback()
    {
        CampaignId = "";
        Comments = "";
    }

    public long Id { get; private set; }
    public long LeadId { get; private set; }
    public string CampaignId { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public CallbackType Type { get; private set; }

    /// <summary>The agent who scheduled it; the only one who may take a USERONLY callback.</summary>
    public string? AgentUser { get; private set; }

    public string Comments { get; private set; }
    public CallbackState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Callback Schedule(
        long leadId, string campaignId, DateTimeOffset dueAt, CallbackType type, string agentUser, string? comments, DateTimeOffset now)
    {
        comments ??= "";
        if (comments.Length > MaxCommentsLength)
        {
            throw new ArgumentException($"Callback comments are at most {MaxCommentsLength} characters.", nameof(comments));
        }

        return new Callback
        {
            LeadId = leadId,
            CampaignId = campaignId,
            DueAt = dueAt,
            Type = type,
            AgentUser = agentUser,
            Comments = comments,
            State = dueAt <= now ? CallbackState.Live : CallbackState.Active,
            CreatedAt = now,
        };
    }

    public bool IsDue(DateTimeOffset now) => State != CallbackState.Inactive && DueAt <= now;

    public bool MayBeTakenBy(string agentUser) => Type == CallbackType.Anyone || AgentUser == agentUser;

    public void MarkLive() => State = State == CallbackState.Active ? CallbackState.Live : State;

    public void Complete() => State = CallbackState.Inactive;
}
