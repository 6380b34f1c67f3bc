namespace Portal.Infrastructure.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>Which scheduled callbacks to list: by agent, campaign, state and a due-time range (from inclusive, to exclusive).</summary>
public sealed record CallbackQuery(
    string? AgentUser = null,
    string? CampaignId = null,
    CallbackState? State = null,
    DateTimeOffset? DueFrom = null,
    DateTimeOffset? DueTo = null,
    int Limit = CallbackQuery.DefaultLimit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
