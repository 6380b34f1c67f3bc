// Records the ARI conversations the adapter's replay tests use, from a real Asterisk started by scripts/asterisk-test.sh:
//
//   PORTAL_ASTERISK_PREFIX=/opt/asterisk scripts/asterisk-test.sh up      # prints "... dir <folder>"
//   dotnet run --project tools/Portal.AriRecorder -- <folder> [scenario ...]
//   scripts/asterisk-test.sh down <folder>
//
// Each scenario (Scenarios/AriScenarios.cs) runs the adapter against Asterisk, checks what Asterisk did, and writes
// tests/Portal.IntegrationTests/Telephony/AriRecordings/<scenario>.jsonl. A scenario that fails writes nothing.
namespace Portal.AriRecorder;

using Microsoft.Extensions.Logging;
using Portal.AriRecorder.Scenarios;
using Portal.Infrastructure.Telephony.Asterisk;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>The recorder's command line (see the top of this file).</summary>
internal static class RecorderCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Portal.AriRecorder <asterisk-test folder> [scenario ...]   (scenarios: " + string.Join(", ", AriScenarios.All.Select(s => s.Name)) + ")");
            return 2;
        }

        var folder = args[0];
        var repo = FindRepository();
        var ariUrl = $"http://127.0.0.1:{File.ReadAllText(Path.Combine(folder, "http.port")).Trim()}";
        var password = File.ReadAllText(Path.Combine(folder, "ari.password")).Trim();
        var outputs = Path.Combine(repo, "tests/Portal.IntegrationTests/Telephony/AriRecordings");
        Directory.CreateDirectory(outputs);
        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        using var pbx = new RealTestPbx(ariUrl, "portal", password, $"{Path.Combine(repo, "scripts/asterisk-test.sh")} restart {folder}");
        var chosen = args.Length > 1 ? AriScenarios.All.Where(s => args.Skip(1).Contains(s.Name)).ToList() : [.. AriScenarios.All];

        var failed = 0;
        foreach (var scenario in chosen)
        {
            var options = AriScenario.Options(ariUrl, "portal", password);
            var clock = new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
            using var http = new AriHttpTransport(options);
            var recording = new RecordingAriTransport(http, clock);
            var context = new ScenarioContext(AriScenario.Adapters(recording, options, clock, logging.CreateLogger<AsteriskTelephony>()), pbx, () => QuietAsync(recording));
            try
            {
                await pbx.ResetAsync();
                await context.StartAsync();
                await scenario.RunAsync(context);
                await QuietAsync(recording);
                await context.DisposeAsync();
                var file = Path.Combine(outputs, $"{scenario.Name}.jsonl");
                await File.WriteAllLinesAsync(file, recording.Entries.Select(AriConversation.Serialize));
                Console.WriteLine($"recorded {scenario.Name}: {recording.Entries.Count} entries -> {Path.GetRelativePath(repo, file)}");
            }
            catch (ScenarioFailedException ex)
            {
                failed++;
                await context.DisposeAsync();
                var file = Path.Combine(Path.GetTempPath(), $"{scenario.Name}.failed.jsonl");
                await File.WriteAllLinesAsync(file, recording.Entries.Select(AriConversation.Serialize));
                Console.Error.WriteLine($"FAILED {scenario.Name}: {ex.Message} (what was said: {file})");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    // Lets the adapter finish what the last events started, so the recording ends where the replay will.
    private static async Task QuietAsync(RecordingAriTransport recording)
    {
        var count = -1;
        while (recording.Entries.Count != count)
        {
            count = recording.Entries.Count;
            await Task.Delay(700);
        }
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the recorder from inside the Portal repository.");
    }
}
