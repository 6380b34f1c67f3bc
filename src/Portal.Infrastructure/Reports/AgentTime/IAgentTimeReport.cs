namespace Portal.Infrastructure.Reports.AgentTime;

/// <summary>Per agent and day: login, ready, talk, pause (per code) and wrap-up time, and calls per disposition.</summary>
public interface IAgentTimeReport
{
    /// <exception cref="UnauthorizedAccessException">The viewer may not read reports.</exception>
    Task<AgentTimeSheet> ForDayAsync(string viewer, AgentTimeFilter filter, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ForDayAsync" />
    Task<CsvExport> ExportAsync(string viewer, AgentTimeFilter filter, CancellationToken cancellationToken = default);
}
