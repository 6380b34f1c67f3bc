namespace Portal.Web;

using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Infrastructure.Data.Copy;

/// <summary>
/// <c>Portal.Web copy-database --from &lt;SQLite file or connection string&gt; --to &lt;PostgreSQL connection string&gt;</c>:
/// moves a site from SQLite to PostgreSQL (<see cref="DatabaseCopy"/>) instead of starting the web server. Prints each
/// table as it is copied; exit code 0 on success, otherwise 1 and one line on standard error, never the password.
/// </summary>
internal static class DatabaseCopyCommand
{
    public const string Name = "copy-database";
    private const string Usage = "Usage: copy-database --from <SQLite file or connection string> --to <PostgreSQL connection string>";

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command; <paramref name="args"/> are those after <c>copy-database</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (from, to) = Arguments(args);
        if (from is null || to is null)
        {
            await error.WriteLineAsync(Usage);
            return 1;
        }

        var password = PasswordOf(to);
        try
        {
            var target = new NpgsqlConnectionStringBuilder(to);
            if (string.IsNullOrWhiteSpace(target.Database))
            {
                throw new DatabaseCopyException("--to names no database (Database=…): name the new, empty database to copy into.");
            }

            var source = SourceConnectionString(from);
            await output.WriteLineAsync($"Copying {Path.GetFullPath(new SqliteConnectionStringBuilder(source).DataSource)} into PostgreSQL at {target.Host}:{target.Port}, database '{target.Database}'...");
            var tables = await DatabaseCopy.RunAsync(source, to, table => output.WriteLine($"  {table.Name,-28} {table.TargetRows,9} rows"), cancellationToken);
            await output.WriteLineAsync($"Copied {tables.Sum(t => t.TargetRows)} rows in {tables.Count} tables; every table has as many rows as in the source.");
            return 0;
        }
        catch (Exception ex)
        {
            var message = ex is DatabaseCopyException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            await error.WriteLineAsync($"Copy failed: {OneLine(message, password)}");
            return 1;
        }
    }

    /// <summary>A plain path becomes a connection string; one with <c>=</c> in it is taken as one already.</summary>
    private static string SourceConnectionString(string from) =>
        from.Contains('=', StringComparison.Ordinal) ? from : new SqliteConnectionStringBuilder { DataSource = from }.ToString();

    private static (string? From, string? To) Arguments(string[] args)
    {
        string? from = null, to = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--from": from = args[i + 1]; break;
                case "--to": to = args[i + 1]; break;
                default: return (null, null);
            }
        }

        return args.Length % 2 == 0 ? (from, to) : (null, null);
    }

    private static string? PasswordOf(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString).Password;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string OneLine(string message, string? password)
    {
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return string.IsNullOrEmpty(password) ? line : line.Replace(password, "***", StringComparison.Ordinal);
    }
}
