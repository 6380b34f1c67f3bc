namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

/// <summary>
/// The real Portal.Web executable on Kestrel, on a fixed loopback port and its own temporary database, so it can
/// be stopped and started again like a production server.
/// </summary>
public sealed partial class PortalServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-e2e", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
    private Process? _process;

    /// <summary>Lines the server logged at error level or above ("fail:", "crit:"): a passing test leaves none.</summary>
    public IReadOnlyList<string> LoggedErrors =>
        [.. _output.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            .Select(line => line + " " + string.Join(" ", _output.SkipWhile(l => l != line).Skip(1).Take(3)))];

    /// <summary>Everything the server wrote to its console so far (for a failing test's diagnosis).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>The server's SQLite file, for tests that prepare data no page creates (e.g. an API key).</summary>
    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>
    /// PORTAL_E2E_PROVIDER=Postgres runs the server on PostgreSQL instead of SQLite: a database of its own (created by
    /// Portal at start) on the server PORTAL_TEST_POSTGRES names (./test.sh starts one and sets both for its second run).
    /// </summary>
    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable("PORTAL_E2E_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    private readonly string _postgresDatabase = "portal_e2e_" + Guid.NewGuid().ToString("N")[..12];

    private string ConnectionString => !OnPostgres ? $"Data Source={DatabasePath}"
        : (Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PORTAL_E2E_PROVIDER=Postgres needs PORTAL_TEST_POSTGRES (Host=…;Port=…;Username=…)."))
            + $";Database={_postgresDatabase}";

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <summary>A simulator that does nothing unasked: no inbound calls, no auto-dial, customers never hang up first.</summary>
    public static IReadOnlyDictionary<string, string> QuietSimulator { get; } = new Dictionary<string, string>
    {
        ["Telephony:Simulator:Seed"] = "42",
        ["Telephony:Simulator:InboundCallsPerMinute"] = "0",
        ["Telephony:Simulator:CustomerHangupMaxSeconds"] = "0",
        ["Telephony:Simulator:RingSeconds"] = "0.5",
        ["Telephony:Dialer:AutoDialEnabled"] = "false",
    };

    private PortalServer(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>
    /// Starts Portal with a quiet, seeded simulator (no inbound calls, no auto-dial, customers never hang up first)
    /// unless <paramref name="settings"/> (configuration keys, e.g. Telephony:Simulator:InboundCallsPerMinute) say otherwise.
    /// </summary>
    public static async Task<PortalServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = new PortalServer(settings ?? new Dictionary<string, string>());
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>Stops the process the way a service manager does (SIGTERM) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _process = null;
    }

    public Task RestartAsync() => StopAsync().ContinueWith(_ => StartProcessAsync()).Unwrap();

    /// <summary>Kills the process outright (SIGKILL, as a crash or the OOM killer), with no chance to flush anything.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task StartProcessAsync()
    {
        Directory.CreateDirectory(_folder);
        var executable = FindPortalExecutable();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Portal"] = ConnectionString;
        start.Environment["Portal__Database__Provider"] = OnPostgres ? "Postgres" : "Sqlite";
        start.Environment["Portal__SeedDemoData"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in QuietSimulator.Where(q => !_settings.ContainsKey(q.Key)).Concat(_settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = _output;
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            if (e.Data.Contains("Now listening on:", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        _process.OutputDataReceived += collect;
        _process.ErrorDataReceived += collect;
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Portal exited during start-up:\n" + string.Join('\n', output)));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);     // nothing else would: the test never gets a server to dispose
            throw new TimeoutException("Portal did not start listening within 60 s:\n" + string.Join('\n', output));
        }
    }

    /// <summary>The Portal.Web apphost built next to this test assembly's configuration (Debug or Release).</summary>
    internal static string FindPortalExecutable()
    {
        var testBin = AppContext.BaseDirectory;
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("Cannot find Portal.sln above " + testBin);
        }

        var configuration = ConfigurationPattern().Match(testBin) is { Success: true } m ? m.Groups[1].Value : "Debug";
        var candidates = Directory.GetFiles(Path.Combine(root.FullName, "src", "Portal.Web", "bin", configuration), "Portal.Web", SearchOption.AllDirectories);
        return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException($"Portal.Web is not built for {configuration}; run dotnet build Portal.sln first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"[/\\]bin[/\\](Debug|Release)[/\\]")]
    private static partial Regex ConfigurationPattern();
}
