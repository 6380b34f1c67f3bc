namespace Portal.Bench;

using System.Diagnostics;

/// <summary>
/// The commit of a build, so printed figures can be traced to code ("abc1234", "+changes" if its work tree has changes
/// to tracked files, "unknown" outside a git work tree): the bench's own, or that of the Portal.Web it measures, which
/// <c>--portal</c> may take from another work tree.
/// </summary>
internal static class GitCommit
{
    public static string Describe(string? folder = null)
    {
        folder ??= AppContext.BaseDirectory;
        var commit = Git(folder, "rev-parse", "--short", "HEAD");
        if (commit is null)
        {
            return "unknown";
        }

        return string.IsNullOrEmpty(Git(folder, "status", "--porcelain", "--untracked-files=no")) ? commit : commit + "+changes";
    }

    /// <summary>The commit of the work tree <paramref name="executable"/> was built in.</summary>
    public static string OfExecutable(string executable) => Describe(Path.GetDirectoryName(Path.GetFullPath(executable)));

    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                WorkingDirectory = folder,
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
