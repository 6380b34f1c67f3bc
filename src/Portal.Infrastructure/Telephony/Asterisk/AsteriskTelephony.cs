namespace Portal.Infrastructure.Telephony.Asterisk;

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>
/// The telephony port on a real Asterisk, through ARI: every agent has a mixing bridge with their phone in it for the
/// whole session (VICIdial's session conference); customers, third parties and supervisors join and leave it. Channels
/// Portal places carry Portal's ids (a customer call's channel id is its call id), so ARI's events map back to calls
/// without a lookup table. Runs once per cluster, like the simulator; it reconnects when Asterisk restarts or the
/// event stream drops, and then reads which channels survived.
/// </summary>
public sealed partial class AsteriskTelephony(
    IAriTransport transport, IOptions<AsteriskOptions> options, TimeProvider time, ILogger<AsteriskTelephony> logger)
    : BackgroundService, ITelephony
{
    public const string ParkingBridgeId = "portal-parking";

    private readonly AsteriskOptions _options = options.Value;
    private readonly AriClient _ari = new(transport);
    private readonly Channel<TelephonyEvent> _events = Channel.CreateUnbounded<TelephonyEvent>();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AgentLine> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AriCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SupervisorMonitor> _monitors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _leftThreeWays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _answers = new(StringComparer.Ordinal);
    private readonly string _instance = (time.GetUtcNow().ToUnixTimeSeconds() % 100000000).ToString("D8", CultureInfo.InvariantCulture);
    private long _sequence;
    private volatile bool _connected;
    private bool _parkingReady;
    private bool _adopted;

    public ChannelReader<TelephonyEvent> Events => _events.Reader;

    public bool SupportsHoldAndMute => true;

    public event Action<bool>? ReachabilityChanged;

    public event Action<string, bool>? AgentPhoneLost;

    /// <summary>True while the event stream to Asterisk is open.</summary>
    public bool IsConnected => _connected;

    public Task<bool> IsReachableAsync(CancellationToken cancellationToken = default) => Task.FromResult(_connected);

    /// <summary>The channel of the agent's phone while it is up (for diagnostics and tests).</summary>
    public string? PhoneChannelOf(string agentUser)
    {
        lock (_gate)
        {
            return _agents.TryGetValue(agentUser, out var line) ? line.ChannelId : null;
        }
    }

    /// <summary>The channel of a call's transfer or 3-way line while it is dialled or up.</summary>
    public string? ConferenceLineOf(string callId)
    {
        lock (_gate)
        {
            return _calls.TryGetValue(callId, out var call) ? call.ConferenceChannelId : null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var stream = await transport.ConnectAsync(_options.Application, stoppingToken);
                Reachable(true);
                logger.LogInformation("Connected to Asterisk as Stasis application {Application}", _options.Application);
                await ResyncAsync(stoppingToken);
                while (await stream.ReceiveAsync(stoppingToken) is { } json)
                {
                    await HandleSafelyAsync(json, stoppingToken);
                }

                logger.LogWarning("Asterisk closed the event stream; connecting again");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (TelephonyUnavailableException ex)
            {
                logger.LogWarning("Asterisk is not reachable: {Reason}", ex.Message);
            }
            finally
            {
                Reachable(false);
            }

            try
            {
                if (_options.ReconnectSeconds > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(_options.ReconnectSeconds), time, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task HandleSafelyAsync(string json, CancellationToken cancellationToken)
    {
        logger.LogTrace("ARI event {Json}", json);
        try
        {
            await HandleAsync(AriEvent.Parse(json), cancellationToken);
        }
        catch (Exception ex) when (ex is AriException or TelephonyUnavailableException or System.Text.Json.JsonException)
        {
            logger.LogWarning(ex, "An Asterisk event could not be handled");
        }
    }

    /// <summary>Notes whether the event stream is open, and tells listeners when that changes (not on the first failures at start).</summary>
    private void Reachable(bool connected)
    {
        var was = _connected;
        _connected = connected;
        if (was != connected)
        {
            ReachabilityChanged?.Invoke(connected);
        }
    }

    private void Raise(TelephonyEvent e)
    {
        logger.LogDebug("Asterisk reports {Event}", e);
        _events.Writer.TryWrite(e);
    }

    private string NextId(string prefix) => $"{prefix}-{_instance}{Interlocked.Increment(ref _sequence):D4}";

    private static string Endpoint(string template, string placeholder, string value) => template.Replace(placeholder, value, StringComparison.Ordinal);

    /// <summary>A user name as it may appear in a bridge or channel id (letters, digits, '.', '_', '-').</summary>
    private static string Safe(string user)
    {
        var text = new StringBuilder(user.Length);
        foreach (var c in user)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return text.ToString();
    }

    private static string AgentBridgeId(string agentUser) => $"portal-agent-{Safe(agentUser)}";
}
