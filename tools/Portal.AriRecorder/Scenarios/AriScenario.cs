namespace Portal.AriRecorder.Scenarios;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Telephony.Asterisk;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>A conversation to record and replay: a name (its file's), and the steps that drive the adapter.</summary>
public sealed record AriScenario(string Name, Func<ScenarioContext, Task> RunAsync)
{
    /// <summary>How the scenarios dial: Local channels into the test dialplan of scripts/asterisk-test.sh.</summary>
    public static AsteriskOptions Options(string ariUrl, string user, string password) => new()
    {
        AriUrl = ariUrl,
        AriUser = user,
        AriPassword = password,
        Application = "portal",
        AgentEndpoint = "Local/{phone}@portal-test-phones/n",
        SupervisorEndpoint = "Local/{user}@portal-test-phones/n",
        CustomerEndpoint = "Local/{number}@portal-test-customers/n",
        TransferContext = "portal-transfer",
        PhoneRingSeconds = 5,
        DialTimeoutSeconds = 3,
        ReconnectSeconds = 0.3,
        PhoneRedialSeconds = 0.3,
    };

    /// <summary>
    /// The adapters of a scenario on one wire: the first Portal's, and (generation 1) the one of a Portal started again a
    /// second later, as their clocks make their ids differ.
    /// </summary>
    public static Func<int, AsteriskTelephony> Adapters(IAriTransport transport, AsteriskOptions options, DateTimeOffset clock, ILogger<AsteriskTelephony> logger) =>
        generation => new AsteriskTelephony(transport, Microsoft.Extensions.Options.Options.Create(options), new FrozenClock(clock.AddSeconds(generation)), logger);

    public override string ToString() => Name;
}
