namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Timer actions: a message shown to the agent a set number of seconds into a call — the campaign's, for every
/// call, or one set for the current call (VICIdial's set_timer_action). Shown only if that call is still on.
/// </summary>
public sealed class CallTimerActions(
    SessionEventBus bus, SessionRuntime sessions, IDbContextFactory<PortalDbContext> contexts, TimeProvider time, ILogger<CallTimerActions> logger)
    : BackgroundService
{
    public const string Sender = "Timer";

    /// <summary>Shows <paramref name="message"/> to the agent after <paramref name="seconds"/>, if this call is still on.</summary>
    public void Schedule(string agentUser, string callId, int seconds, string message, CancellationToken cancellationToken = default) =>
        _ = RunAsync(agentUser, callId, seconds, message, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.SubscribeAll(change =>
        {
            var connected = change.Events.FirstOrDefault(e => e is CallConnected { Call.Direction: not CallDirection.Manual } or CallAnsweredByCustomer);
            if (connected is not null && change.Session.Call is { } call)
            {
                _ = ScheduleCampaignTimerAsync(change.Session.AgentUser, change.Session.CampaignId, call.CallId, stoppingToken);
            }
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ScheduleCampaignTimerAsync(string agentUser, string campaignId, string callId, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var timer = await db.Campaigns.Where(c => c.Id == campaignId)
                .Select(c => new { c.TimerActionSeconds, c.TimerActionMessage }).SingleOrDefaultAsync(cancellationToken);
            if (timer is { TimerActionSeconds: > 0, TimerActionMessage: { } message })
            {
                Schedule(agentUser, callId, timer.TimerActionSeconds, message, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not schedule the campaign timer action for {AgentUser}", agentUser);
        }
    }

    private async Task RunAsync(string agentUser, string callId, int seconds, string message, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), time, cancellationToken);
            if (sessions.Find(agentUser) is { State: AgentState.InCall, Call.CallId: var current } && current == callId)
            {
                await sessions.SendAsync(agentUser, new Notify(new AgentNotification(message, Sender, TextWeight: "bold")));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
