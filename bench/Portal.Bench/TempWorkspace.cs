namespace Portal.Bench;

/// <summary>The bench's temporary folder (database, data-protection keys, server.log), deleted at the end unless kept.</summary>
internal sealed class TempWorkspace : IDisposable
{
    private readonly bool _keep;

    public TempWorkspace(bool keep)
    {
        _keep = keep;
        Folder = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public void Dispose()
    {
        if (_keep)
        {
            Console.WriteLine($"Kept the temporary folder: {Folder}");
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not delete {Folder}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"Could not delete {Folder}: {ex.Message}");
        }
    }
}
