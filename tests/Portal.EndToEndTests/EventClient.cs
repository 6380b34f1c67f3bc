namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Threading.Channels;

/// <summary>
/// The Node.js event client (event-client/subscribe.js, using @microsoft/signalr from npm) as a process: the test
/// waits on the lines it prints ("connected", "subscribed …", "event {json}", "error …").
/// </summary>
public sealed class EventClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _seen = [];

    private EventClient(Process process) => _process = process;

    /// <summary>Starts the client against the server with the API key (passed in the environment) and topics.</summary>
    public static EventClient Start(PortalServer server, string apiKey, params string[] topics)
    {
        var folder = ClientFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft", "signalr")))
        {
            throw new InvalidOperationException($"The event client's npm packages are missing: run 'npm ci' in {folder} (./test.sh does it).");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PORTAL_NODE") ?? "node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("subscribe.js");
        start.ArgumentList.Add(server.BaseAddress.ToString());
        foreach (var topic in topics)
        {
            start.ArgumentList.Add(topic);
        }

        start.Environment["PORTAL_API_KEY"] = apiKey;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var client = new EventClient(process);
        process.OutputDataReceived += (_, e) => client.Receive(e.Data, prefix: "");
        process.ErrorDataReceived += (_, e) => client.Receive(e.Data, prefix: "stderr ");
        process.Exited += (_, _) => client._lines.Writer.TryWrite($"error the client exited with code {process.ExitCode}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>Waits for a line that matches; fails at once when the client reports an error or exits.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, string waitingFor)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            while (true)
            {
                var line = await _lines.Reader.ReadAsync(timeout.Token);
                _seen.Add(line);
                if (matches(line))
                {
                    return line;
                }

                Assert.False(line.StartsWith("error ", StringComparison.Ordinal), $"The event client failed while waiting for {waitingFor}:\n{string.Join('\n', _seen)}");
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Timed out after {Timeout.TotalSeconds} s waiting for {waitingFor}; the event client printed:\n{string.Join('\n', _seen)}");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Receive(string? line, string prefix)
    {
        if (line is not null)
        {
            _lines.Writer.TryWrite(prefix + line);
        }
    }

    internal static string ClientFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? throw new InvalidOperationException("Cannot find Portal.sln above " + AppContext.BaseDirectory)
            : Path.Combine(folder.FullName, "tests", "Portal.EndToEndTests", "event-client");
    }
}
