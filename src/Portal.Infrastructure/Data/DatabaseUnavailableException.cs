namespace Portal.Infrastructure.Data;

/// <summary>
/// A database outage met on another node (a session grain could not store a change): carries the reason across the
/// cluster, where the driver's own exception would not travel, so <see cref="DatabaseOutage"/> still tells it from a fault.
/// </summary>
[GenerateSerializer, Alias("Portal.DatabaseUnavailableException")]
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
