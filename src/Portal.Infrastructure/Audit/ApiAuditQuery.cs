namespace Portal.Infrastructure.Audit;

/// <summary>
/// Which audit rows to read: a time range (from inclusive, to exclusive), exact user, agent, function and result, and
/// one page of them, newest first. Null filters match everything.
/// </summary>
public sealed record ApiAuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? User = null,
    string? AgentUser = null,
    string? Function = null,
    string? Result = null,
    int Page = 1,
    int PageSize = ApiAuditQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
