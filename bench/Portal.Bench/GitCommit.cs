namespace Portal.Bench;

using System.Diagnostics;

/// <summary>The commit the bench runs from, so printed figures can be traced to code ("abc1234", "+changes" if dirty).</summary>
internal static class GitCommit
{
    public static string Describe()
    {
        var commit = Git("rev-parse", "--short", "HEAD");
        if (commit is null)
        {
            return "unknown";
        }

        return string.IsNullOrEmpty(Git("status", "--porcelain", "--untracked-files=no")) ? commit : commit + "+changes";
    }

    private static string? Git(params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
