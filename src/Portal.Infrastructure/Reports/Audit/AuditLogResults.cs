namespace Portal.Infrastructure.Reports.Audit;

using Portal.Infrastructure.Audit;

/// <summary>One page of audit rows, newest first, and how many rows match in all.</summary>
public sealed record AuditLogResults(IReadOnlyList<ApiLogEntry> Rows, int TotalCount, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
