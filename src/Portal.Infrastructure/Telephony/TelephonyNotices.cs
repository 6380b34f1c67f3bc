namespace Portal.Infrastructure.Telephony;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Tells every logged-in agent on their desk when the PBX cannot be reached (a notice that stays until they close it)
/// and when it is back, and an agent when their own phone hung up, so an agent whose calls stop knows why instead of
/// waiting.
/// </summary>
public sealed class TelephonyNotices(ITelephony telephony, SessionRuntime sessions, ILogger<TelephonyNotices> logger) : IHostedService
{
    public const string Unreachable = "The phone system is not reachable: calls cannot be placed or taken until it is back.";
    public const string Back = "The phone system is back.";
    public const string PhoneRingingAgain = "Your phone hung up: calls cannot reach you until you answer it. Portal is ringing it again.";
    public const string PhoneLost = "Your phone hung up: calls cannot reach you. Log out and in again to connect it.";

    private int _down;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        telephony.ReachabilityChanged += OnChanged;
        telephony.AgentPhoneLost += OnPhoneLost;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        telephony.ReachabilityChanged -= OnChanged;
        telephony.AgentPhoneLost -= OnPhoneLost;
        return Task.CompletedTask;
    }

    /// <summary>"Back" follows only an outage agents were told of (not the first connection at start).</summary>
    private void OnChanged(bool reachable)
    {
        var wasDown = Interlocked.Exchange(ref _down, reachable ? 0 : 1) == 1;
        if (!reachable || wasDown)
        {
            _ = NotifyAllAsync(reachable);
        }
    }

    private void OnPhoneLost(string agentUser, bool ringingAgain) =>
        _ = NotifyAsync(agentUser, new AgentNotification(ringingAgain ? PhoneRingingAgain : PhoneLost, "Telephony", Pinned: !ringingAgain));

    private async Task NotifyAllAsync(bool reachable)
    {
        var notice = new AgentNotification(reachable ? Back : Unreachable, "Telephony", Pinned: !reachable);
        foreach (var session in sessions.All())
        {
            await NotifyAsync(session.AgentUser, notice);
        }
    }

    private async Task NotifyAsync(string agentUser, AgentNotification notice)
    {
        try
        {
            await sessions.SendAsync(agentUser, new Notify(notice));
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "Could not tell agent {AgentUser} about the phone system", agentUser);
        }
    }
}
