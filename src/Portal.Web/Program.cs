using Portal.Infrastructure.Data;
using Portal.Web;

var app = PortalWebApplication.Build(args);
if (await DatabaseProbe.ProblemAsync(app.Services) is { } problem)
{
    // One clear line for whoever starts Portal, not a stack trace from the first service that needs the database.
    await Console.Error.WriteLineAsync($"Portal cannot start: {problem}");
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>The entry point; public so integration tests can host it.</summary>
public partial class Program;
