namespace Portal.Bench;

using System.Diagnostics;
using System.Globalization;

/// <summary>Reads a process's memory from /proc/&lt;pid&gt;/status and its CPU time, as the kernel counts them.</summary>
internal static class ProcessProbe
{
    /// <summary>Resident set size (VmRSS) and its peak (VmHWM), in MiB.</summary>
    public static (double Rss, double Peak) MemoryMiB(int pid)
    {
        double rss = double.NaN, peak = double.NaN;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
        }

        return (rss, peak);
    }

    public static TimeSpan CpuTime(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
