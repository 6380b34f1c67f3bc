namespace Portal.IntegrationTests.Data;

using Portal.Web;

/// <summary>One run of <c>copy-database</c> through its command class: exit code, standard output, standard error.</summary>
public sealed record CopyCommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CopyCommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await DatabaseCopyCommand.RunAsync(args, output, error);
        return new CopyCommandRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
