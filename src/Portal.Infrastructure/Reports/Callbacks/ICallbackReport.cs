namespace Portal.Infrastructure.Reports.Callbacks;

/// <summary>Scheduled, due, overdue and completed callbacks by agent and campaign, within the viewer's scope.</summary>
public interface ICallbackReport
{
    /// <summary>How many callbacks the screen lists; the CSV export has every matching one.</summary>
    public const int MaxRows = 500;

    /// <exception cref="UnauthorizedAccessException">The viewer may not read reports.</exception>
    /// <exception cref="ArgumentException">The filter is not valid.</exception>
    Task<CallbackSheet> QueryAsync(string viewer, CallbackFilter filter, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="QueryAsync" />
    Task<CsvExport> ExportAsync(string viewer, CallbackFilter filter, CancellationToken cancellationToken = default);
}
