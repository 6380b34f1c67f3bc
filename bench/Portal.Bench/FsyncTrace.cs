namespace Portal.Bench;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Portal's fsync and fdatasync calls, from strace started with Portal (<c>--seccomp-bpf</c>: only those two system
/// calls stop the process, so tracing costs nothing measurable elsewhere). Which thread and which file each call was
/// on are resolved from /proc while Portal runs (<see cref="Mark"/>); the trace is read once strace has flushed it.
/// </summary>
internal sealed partial class FsyncTrace(string path)
{
    private readonly Dictionary<string, string> _threads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private int _pid;

    public string Path => path;

    /// <summary>The strace command line that runs <paramref name="executable"/> with the trace written to this file.</summary>
    public static IReadOnlyList<string> Arguments(string output) =>
        ["-f", "--seccomp-bpf", "-qq", "-ttt", "-T", "-e", "trace=fsync,fdatasync", "-e", "signal=none", "-o", output, "--"];

    public static bool Available => File.Exists("/usr/bin/strace");

    public void Attach(int pid) => _pid = pid;

    /// <summary>Remembers Portal's thread names and open files now (threads come and go), for the report.</summary>
    public DateTimeOffset Mark()
    {
        Remember(_threads, $"/proc/{_pid}/task", dir => File.ReadAllText(System.IO.Path.Combine(dir, "comm")).Trim());
        Remember(_files, $"/proc/{_pid}/fd", fd => System.IO.Path.GetFileName(new FileInfo(fd).LinkTarget ?? "?"));
        return DateTimeOffset.UtcNow;
    }

    /// <summary>The calls that started between two times (strace writes its file line by line).</summary>
    public FsyncWindow Between(DateTimeOffset from, DateTimeOffset to)
    {
        Mark();
        var calls = Read().Where(c => c.At >= from && c.At < to).ToList();
        return new FsyncWindow(calls, (to - from).TotalSeconds);
    }

    /// <summary>Every traced call: when, on which thread, which file, and how long it took (NaN when cut off).</summary>
    public List<FsyncCall> Read()
    {
        var calls = new List<FsyncCall>();
        if (!File.Exists(path))
        {
            return calls;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (CallPattern().Match(line) is { Success: true } call)
            {
                var tid = call.Groups["tid"].Value;
                var at = DateTimeOffset.FromUnixTimeMilliseconds(0).AddSeconds(double.Parse(call.Groups["at"].Value, CultureInfo.InvariantCulture));
                var fd = call.Groups["fd"].Value;
                calls.Add(new FsyncCall(at, Name(_threads, tid, "thread " + tid), Name(_files, fd, "fd " + fd), call.Groups["name"].Value, Duration(line)));
                if (line.Contains("<unfinished", StringComparison.Ordinal))
                {
                    open[tid] = calls.Count - 1;
                }
            }
            else if (ResumedPattern().Match(line) is { Success: true } resumed && open.Remove(resumed.Groups["tid"].Value, out var index))
            {
                calls[index] = calls[index] with { Seconds = Duration(line) };
            }
        }

        return calls;
    }

    private static double Duration(string line) =>
        DurationPattern().Match(line) is { Success: true } d ? double.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    private static string Name(Dictionary<string, string> names, string key, string fallback) => names.GetValueOrDefault(key, fallback);

    private static void Remember(Dictionary<string, string> names, string folder, Func<string, string> describe)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            try
            {
                names[System.IO.Path.GetFileName(entry)] = describe(entry);
            }
            catch (IOException)
            {
                // The thread ended or the file closed meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [GeneratedRegex(@"^(?<tid>\d+)\s+(?<at>\d+\.\d+)\s+(?<name>fsync|fdatasync)\((?<fd>\d+)")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"^(?<tid>\d+)\s+\d+\.\d+\s+<\.\.\. (fsync|fdatasync) resumed>")]
    private static partial Regex ResumedPattern();

    [GeneratedRegex(@"<(\d+\.\d+)>\s*$")]
    private static partial Regex DurationPattern();
}
