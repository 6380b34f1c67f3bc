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

    /// <summary>The memory the kernel could give out without swapping (MemAvailable), in MiB.</summary>
    public static double AvailableMiB() =>
        File.ReadLines("/proc/meminfo").Where(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal)).Select(Kilobytes).FirstOrDefault() / 1024.0;

    /// <summary>The summed resident sets of <paramref name="root"/>'s descendants whose name starts with <paramref name="prefix"/> (Chromium's processes).</summary>
    public static (double RssMiB, int Processes) DescendantsMiB(int root, string prefix)
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }

        bool Descends(int pid)
        {
            for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var parent); hops++, pid = parent)
            {
                if (parent == root)
                {
                    return true;
                }
            }

            return false;
        }

        var matching = names.Where(n => n.Value.StartsWith(prefix, StringComparison.Ordinal) && Descends(n.Key)).Select(n => n.Key).ToList();
        var rss = 0.0;
        foreach (var pid in matching)
        {
            try
            {
                rss += MemoryMiB(pid).Rss is var r && double.IsNaN(r) ? 0 : r;
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }

        return (rss, matching.Count);
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
