namespace Portal.Infrastructure.Reports.Audit;

/// <summary>The API audit log (VICIdial's vicidial_api_log), limited to the viewer's supervisor scope.</summary>
public interface IAuditLogReport
{
    public const int MaxPageSize = 500;

    /// <exception cref="UnauthorizedAccessException">The viewer may not read reports.</exception>
    /// <exception cref="ArgumentException">The filter or page is not valid.</exception>
    Task<AuditLogResults> PageAsync(string viewer, AuditLogFilter filter, int pageIndex, int pageSize, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="PageAsync" />
    Task<CsvExport> ExportAsync(string viewer, AuditLogFilter filter, CancellationToken cancellationToken = default);
}
