namespace Portal.Web.Presence;

using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Infrastructure.Sessions.Presence;

/// <summary>
/// One Blazor circuit (one browser tab) as <see cref="DeskPresence"/> sees it: the agent desks open in it, reported up
/// while the circuit's connection is up and down when it drops (tab closed, network lost) or the circuit closes. A
/// reconnect within the grace period reports them up again, so nothing is paused.
/// </summary>
public sealed class DeskCircuit(DeskPresence presence) : CircuitHandler
{
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly Dictionary<string, int> _desks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _connected = true;

    /// <summary>
    /// Raised (on the connection's thread) when the browser's connection to this circuit comes back after a drop.
    /// </summary>
    public event Action? Reconnected;

    /// <summary>
    /// Whether the browser is connected to this circuit now. A disconnected circuit cannot run JavaScript, so it cannot
    /// navigate either: a redirect waits for <see cref="Reconnected"/> (or the circuit closes and nobody needs it).
    /// </summary>
    public bool Connected
    {
        get
        {
            lock (_gate)
            {
                return _connected;
            }
        }
    }

    /// <summary>A desk component of <paramref name="agentUser"/> opened in this circuit.</summary>
    public void Opened(string agentUser)
    {
        lock (_gate)
        {
            _desks[agentUser] = _desks.GetValueOrDefault(agentUser) + 1;
            if (_connected)
            {
                presence.Up(agentUser, _id);
            }
        }
    }

    /// <summary>A desk component of <paramref name="agentUser"/> went away (navigated off, disposed).</summary>
    public void Closed(string agentUser)
    {
        lock (_gate)
        {
            if (!_desks.TryGetValue(agentUser, out var count))
            {
                return;
            }

            if (count > 1)
            {
                _desks[agentUser] = count - 1;
                return;
            }

            _desks.Remove(agentUser);
            presence.Down(agentUser, _id);
        }
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var wasDown = !Connected;
        Report(connected: true);
        if (wasDown)
        {
            Reconnected?.Invoke();
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Report(connected: false);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Report(connected: false);
        return Task.CompletedTask;
    }

    private void Report(bool connected)
    {
        lock (_gate)
        {
            _connected = connected;
            foreach (var agentUser in _desks.Keys)
            {
                if (connected)
                {
                    presence.Up(agentUser, _id);
                }
                else
                {
                    presence.Down(agentUser, _id);
                }
            }
        }
    }
}
