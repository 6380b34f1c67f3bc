namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.Audit;

/// <summary>Pages through <see cref="Rows"/> (already newest first) and records every page request.</summary>
internal sealed class FakeAuditLogReport : IAuditLogReport
{
    public IReadOnlyList<ApiLogEntry> Rows { get; set; } = [];

    public List<(string Viewer, AuditLogFilter Filter, int PageIndex, int PageSize)> Requests { get; } = [];

    public Task<AuditLogResults> PageAsync(string viewer, AuditLogFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default)
    {
        Requests.Add((viewer, filter, pageIndex, pageSize));
        return Task.FromResult(new AuditLogResults([.. Rows.Skip(pageIndex * pageSize).Take(pageSize)], Rows.Count, pageIndex, pageSize));
    }

    public Task<CsvExport> ExportAsync(string viewer, AuditLogFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The page links to the CSV endpoint; it never exports itself.");
}
