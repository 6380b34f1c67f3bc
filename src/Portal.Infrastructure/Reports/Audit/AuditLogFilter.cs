namespace Portal.Infrastructure.Reports.Audit;

/// <summary>
/// Which audit rows to show: API calls from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive); the text
/// filters match whole values, users exactly, function, result and API surface ignoring case. Null or blank: any.
/// </summary>
public sealed record AuditLogFilter
{
    public const string EndNotAfterStart = "The end must be after the start.";

    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? ApiUser { get; init; }
    public string? AgentUser { get; init; }
    public string? Function { get; init; }
    public string? Result { get; init; }
    public string? ApiScript { get; init; }

    /// <summary>Why this filter cannot be applied, or null.</summary>
    public string? Problem => From is { } from && To is { } to && to <= from ? EndNotAfterStart : null;
}
