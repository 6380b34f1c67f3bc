namespace Portal.Infrastructure.Data.Copy;

/// <summary>Why a copy into PostgreSQL was refused or failed, in one sentence for whoever runs it; nothing was copied.</summary>
public sealed class DatabaseCopyException : Exception
{
    public DatabaseCopyException()
    {
    }

    public DatabaseCopyException(string message)
        : base(message)
    {
    }

    public DatabaseCopyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
