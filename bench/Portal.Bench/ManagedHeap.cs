namespace Portal.Bench;

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Portal's live managed heap, from <c>dotnet-gcdump report -p</c> (it makes the process run a full, compacting GC first,
/// so garbage and the GC's spare room do not count, unlike the resident set). Optional: null when the tool is not there
/// (install: dotnet tool install -g dotnet-gcdump, or point PORTAL_GCDUMP at it). With PORTAL_GCDUMP_REPORTS set to a
/// folder, each whole report (live objects by type) is kept there.
/// </summary>
internal static partial class ManagedHeap
{
    private static string? Tool =>
        new[] { Environment.GetEnvironmentVariable("PORTAL_GCDUMP"), Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "dotnet-gcdump")))
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Live managed bytes in MiB, or null without the tool or when it fails.</summary>
    public static async Task<double?> MiBAsync(int pid)
    {
        if (Tool is not { } tool)
        {
            return null;
        }

        using var process = Process.Start(new ProcessStartInfo(tool, ["report", "-p", pid.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (Environment.GetEnvironmentVariable("PORTAL_GCDUMP_REPORTS") is { Length: > 0 } folder)
        {
            // The whole report (live objects by type), to see what the memory is, not only how much.
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, $"gcdump-{pid}-{DateTime.UtcNow:HHmmss}.txt"), output);
        }
        return TotalPattern().Match(output) is { Success: true } total
            ? long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) / 1024.0 / 1024.0
            : null;
    }

    [GeneratedRegex(@"([\d,]+)\s+GC Heap bytes")]
    private static partial Regex TotalPattern();
}
