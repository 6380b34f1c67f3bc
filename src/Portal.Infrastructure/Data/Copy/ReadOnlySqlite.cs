namespace Portal.Infrastructure.Data.Copy;

using Microsoft.Data.Sqlite;

/// <summary>The copy's source: an existing SQLite file, opened read-only so the copy can never change it.</summary>
internal static class ReadOnlySqlite
{
    public static string ConnectionString(string connectionString)
    {
        SqliteConnectionStringBuilder settings;
        try
        {
            settings = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseCopyException($"The source is not a SQLite connection string ({ex.Message}).", ex);
        }

        if (string.IsNullOrWhiteSpace(settings.DataSource) || settings.DataSource == ":memory:" || settings.Mode == SqliteOpenMode.Memory)
        {
            throw new DatabaseCopyException("The source names no SQLite file (Data Source=…).");
        }

        var path = Path.GetFullPath(settings.DataSource);
        if (!File.Exists(path))
        {
            throw new DatabaseCopyException($"The source database file {path} does not exist.");
        }

        settings.DataSource = path;
        settings.Mode = SqliteOpenMode.ReadOnly;
        // Not pooled: the file is let go as soon as the copy ends.
        settings.Pooling = false;
        return settings.ToString();
    }
}
