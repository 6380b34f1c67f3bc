namespace Portal.Infrastructure.Supervision;

/// <summary>Calls waiting in one queue (an in-group, or a campaign's answered dialer calls) and since when the oldest waits.</summary>
public sealed record QueueSummary(string Queue, int Waiting, DateTimeOffset OldestSince);
