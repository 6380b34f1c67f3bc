namespace Portal.Infrastructure.Calls;

/// <summary>An agent's calls today.</summary>
public interface ICallLogBook
{
    Task<IReadOnlyList<CallLogEntry>> TodayAsync(string agentUser, CancellationToken cancellationToken = default);
}
