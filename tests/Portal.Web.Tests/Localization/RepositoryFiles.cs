namespace Portal.Web.Tests.Localization;

/// <summary>The checked-out sources the resource tests read: the repository root and src/Portal.Web.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Web { get; } = Path.Combine(Root, "src", "Portal.Web");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
