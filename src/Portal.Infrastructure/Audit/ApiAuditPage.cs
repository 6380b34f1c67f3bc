namespace Portal.Infrastructure.Audit;

/// <summary>One page of audit rows, newest first, and how many rows match in all.</summary>
public sealed record ApiAuditPage(IReadOnlyList<ApiLogEntry> Rows, int Page, int PageSize, int Total);
