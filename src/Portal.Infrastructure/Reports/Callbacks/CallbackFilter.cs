namespace Portal.Infrastructure.Reports.Callbacks;

/// <summary>Which callbacks to report: campaign, owning agent, standing, and due days from/to (inclusive, local days). Null: any.</summary>
public sealed record CallbackFilter
{
    public const string LastDayBeforeFirst = "The last due day must not be before the first.";

    public string? CampaignId { get; init; }
    public string? AgentUser { get; init; }
    public CallbackStanding? Standing { get; init; }
    public DateOnly? DueFrom { get; init; }
    public DateOnly? DueTo { get; init; }

    /// <summary>Why this filter cannot be applied, or null.</summary>
    public string? Problem => DueFrom is { } from && DueTo is { } to && to < from ? LastDayBeforeFirst : null;
}
