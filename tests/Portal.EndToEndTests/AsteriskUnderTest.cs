namespace Portal.EndToEndTests;

using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.AriRecorder;

/// <summary>
/// A real Asterisk for a test class, started by scripts/asterisk-test.sh with its test dialplan (Local channels for
/// phones, customers and callers), and Portal's settings to use it; <see cref="Pbx"/> is the outside world (callers
/// ringing in and hanging up) and what the test checks on Asterisk.
/// </summary>
public sealed partial class AsteriskUnderTest : IAsyncDisposable
{
    public const string PrefixVariable = "PORTAL_ASTERISK_PREFIX";

    private readonly string _script;
    private readonly string _folder;

    private AsteriskUnderTest(string script, string url, string password, string folder)
    {
        _script = script;
        _folder = folder;
        AriUrl = url;
        Password = password;
        Pbx = new RealTestPbx(url, "portal", password, $"{script} restart {folder}");
    }

    public string AriUrl { get; }

    public string Password { get; }

    public RealTestPbx Pbx { get; }

    /// <summary>Portal on this Asterisk, its phones and customers as Local channels into the test dialplan.</summary>
    public IReadOnlyDictionary<string, string> PortalSettings => new Dictionary<string, string>
    {
        ["Telephony:Provider"] = "Asterisk",
        ["Telephony:Asterisk:AriUrl"] = AriUrl,
        ["Telephony:Asterisk:AriUser"] = "portal",
        ["Telephony:Asterisk:AriPassword"] = Password,
        ["Telephony:Asterisk:AgentEndpoint"] = "Local/{phone}@portal-test-phones/n",
        ["Telephony:Asterisk:SupervisorEndpoint"] = "Local/{user}@portal-test-phones/n",
        ["Telephony:Asterisk:CustomerEndpoint"] = "Local/{number}@portal-test-customers/n",
        ["Telephony:Asterisk:RecordingPath"] = Path.Combine(Folder, "spool", "recording"),
    };

    /// <summary>The temporary folder of this Asterisk (its configuration, logs and recordings).</summary>
    public string Folder => _folder;

    public static async Task<AsteriskUnderTest> StartAsync()
    {
        var script = RepositoryRelative("scripts/asterisk-test.sh");
        var output = await RunAsync(script, "up");
        var started = StartedLine().Match(output);
        if (!started.Success)
        {
            throw new InvalidOperationException($"scripts/asterisk-test.sh did not start Asterisk:\n{output}");
        }

        return new AsteriskUnderTest(script, started.Groups["url"].Value, started.Groups["password"].Value, started.Groups["dir"].Value);
    }

    /// <summary>Stops Asterisk (the PBX is down) until <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() => RunAsync(_script, "down", _folder);

    public async Task StartAgainAsync()
    {
        var output = await RunAsync(_script, "start", _folder);
        Assert.Contains("asterisk-test: started", output, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        Pbx.Dispose();
        await RunAsync(_script, "down", _folder);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepositoryRelative(string path)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test folder."), path);
    }

    private static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await stdout + await stderr;
    }

    [GeneratedRegex(@"asterisk-test: ari (?<url>\S+) portal (?<password>\S+) dir (?<dir>\S+)")]
    private static partial Regex StartedLine();
}
