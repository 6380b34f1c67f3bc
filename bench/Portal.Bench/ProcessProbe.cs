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

    /// <summary>The process's thread count: a thread pool growing under load means threads are blocked, not busy.</summary>
    public static int Threads(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("Threads:", StringComparison.Ordinal))
            .Select(l => int.Parse(l["Threads:".Length..].Trim(), CultureInfo.InvariantCulture)).FirstOrDefault();

    public static TimeSpan CpuTime(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The whole machine's CPU counters from /proc/stat (busy and total jiffies), to tell how much of the machine
    /// other processes used during a step: the bench shares its cores with whatever else runs.
    /// </summary>
    public static (long Busy, long Total) MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4]; // idle + iowait
        return (total - idle, total);
    }

    /// <summary>Cores busy between two <see cref="MachineCpu"/> readings.</summary>
    public static double BusyCores((long Busy, long Total) before, (long Busy, long Total) after) =>
        after.Total == before.Total ? 0 : (double)(after.Busy - before.Busy) / (after.Total - before.Total) * Environment.ProcessorCount;

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
