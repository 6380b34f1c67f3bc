using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Web;

if (DatabaseCopyCommand.IsRequested(args))
{
    // Moving a site from SQLite to PostgreSQL: a one-off command, not the web server.
    return await DatabaseCopyCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var app = PortalWebApplication.Build(args);
if ((await DatabaseProbe.ProblemAsync(app.Services) ?? await ClusterProbe.ProblemAsync(app.Services)) is { } problem)
{
    // One clear line for whoever starts Portal, not a stack trace from the first service that needs the database.
    await Console.Error.WriteLineAsync($"Portal cannot start: {problem}");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host it.</summary>
public partial class Program;
