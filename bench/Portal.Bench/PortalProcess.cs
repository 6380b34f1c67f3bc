namespace Portal.Bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.RegularExpressions;

/// <summary>
/// The real Portal.Web apphost as a child process on a free loopback port and the bench's temporary database,
/// with a quiet simulator (no inbound calls, no auto-dial) so the only load is the bench's. Its output goes to
/// server.log in the temporary folder.
/// </summary>
internal sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly StreamWriter _log;
    private readonly Process _process;

    private PortalProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Portal's process id (under strace, strace's child).</summary>
    public int Pid { get; private set; }

    /// <summary>From process start to "Now listening on".</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What SessionRuntime logged at start-up ("Restored N live agent sessions"), or null.</summary>
    public int? RestoredSessions { get; private set; }

    /// <summary>Lines logged at error level or above ("fail:", "crit:").</summary>
    public int LoggedErrors => _output.Count(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));

    public IEnumerable<string> ErrorLines => _output.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        .Select(line => line + " " + string.Join(" ", _output.SkipWhile(l => l != line).Skip(1).Take(2)).Trim());

    /// <summary>
    /// Starts Portal on <paramref name="database"/>; with <paramref name="fsyncs"/>, under strace tracing its fsyncs into
    /// that trace's file. <paramref name="extra"/> adds settings (a cluster node's), <paramref name="logName"/> names its log.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(
        string executable, string folder, BenchDatabase database, CancellationToken cancellationToken, FsyncTrace? fsyncs = null,
        IReadOnlyDictionary<string, string>? extra = null, string logName = "server.log")
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(fsyncs is null ? executable : "/usr/bin/strace")
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fsyncs is not null)
        {
            foreach (var argument in FsyncTrace.Arguments(fsyncs.Path))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(executable);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in Settings(folder).Concat(database.PortalSettings).Concat(extra ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(folder, logName), append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var portal = new PortalProcess(process, log, baseAddress);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                portal.Collect(e.Data, listening);
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            "Portal exited during start-up:\n" + string.Join('\n', portal._output.TakeLast(30))));

        var clock = Stopwatch.StartNew();
        process.Start();
        portal.Pid = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
        }
        catch (TimeoutException)
        {
            await portal.DisposeAsync();
            throw new TimeoutException("Portal did not start listening within 90 s:\n" + string.Join('\n', portal._output.TakeLast(30)));
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }

        portal.StartupTime = clock.Elapsed;
        portal.Pid = fsyncs is null ? process.Id : ChildOf(process.Id);
        fsyncs?.Attach(portal.Pid);
        return portal;
    }

    /// <summary>The Portal.Web apphost built in this bench's configuration (the project reference builds it first).</summary>
    public static string FindExecutable()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"Cannot find Portal.sln above {AppContext.BaseDirectory}; pass --portal PATH.");
        }

        var configuration = typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var bin = Path.Combine(root.FullName, "src", "Portal.Web", "bin", configuration);
        var candidates = Directory.Exists(bin) ? Directory.GetFiles(bin, "Portal.Web", SearchOption.AllDirectories) : [];
        return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException($"Portal.Web is not built for {configuration} under {bin}; run the bench with dotnet run -c {configuration}.");
    }

    /// <summary>Stops Portal the way a service manager does (SIGTERM), so it flushes the audit log; kills it after 30 s.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
    }

    /// <summary>Kills Portal at once (SIGKILL, as kill -9): no shutdown, no hand-over, its grains simply gone.</summary>
    public void Kill() => _process.Kill();

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private void Collect(string line, TaskCompletionSource listening)
    {
        _output.Enqueue(line);
        lock (_log)
        {
            _log.WriteLine(line);
        }

        if (line.Contains("Now listening on:", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
        else if (RestoredPattern().Match(line) is { Success: true } restored)
        {
            RestoredSessions = int.Parse(restored.Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }

    private static Dictionary<string, string> Settings(string folder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development", // static web assets are served from the build output only in Development
        ["Portal__SeedDemoData"] = "true",
        ["Telephony__Simulator__Seed"] = "42",
        ["Telephony__Simulator__InboundCallsPerMinute"] = "0",
        ["Telephony__Simulator__CustomerHangupMaxSeconds"] = "0",
        ["Telephony__Dialer__AutoDialEnabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        ["Logging__LogLevel__Portal.Infrastructure.Sessions.SessionRuntime"] = "Information",
    };

    /// <summary>The one child of strace: Portal itself.</summary>
    private static int ChildOf(int parent)
    {
        foreach (var status in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "status")))
        {
            try
            {
                if (File.ReadLines(status).FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal)) is { } line
                    && int.Parse(line["PPid:".Length..].Trim(), CultureInfo.InvariantCulture) == parent)
                {
                    return int.Parse(Path.GetFileName(Path.GetDirectoryName(status)!), CultureInfo.InvariantCulture);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process folder, or the process is gone.
            }
        }

        throw new InvalidOperationException($"strace (pid {parent}) has no child process.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Restored (\d+) live agent sessions")]
    private static partial Regex RestoredPattern();
}
