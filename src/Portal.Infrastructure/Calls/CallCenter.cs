namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// Turns what the PBX reports into what the call center does: callers join in-group queues with their lead,
/// answered dialer calls go to agents (or are dropped), and call outcomes reach the agent's session as commands.
/// </summary>
public sealed class CallCenter(
    ITelephony telephony,
    CallRouter router,
    CallRegistry registry,
    SessionRuntime sessions,
    LeadDirectory leads,
    IDbContextFactory<PortalDbContext> contexts,
    IOptions<CallCenterOptions> options,
    TimeProvider time,
    ILogger<CallCenter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in telephony.Events.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(e, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogFailure(ex, "Telephony event {Event} for call {CallId} failed", e.GetType().Name, e.CallId);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task HandleAsync(TelephonyEvent e, CancellationToken cancellationToken)
    {
        if (e is InboundCallArrived arrived)
        {
            await QueueInboundAsync(arrived, cancellationToken);
            return;
        }

        var call = registry.Find(e.CallId);
        if (call is null)
        {
            logger.LogDebug("Telephony event {Event} for call {CallId}, which the call center no longer tracks", e.GetType().Name, e.CallId);
            return;
        }

        switch (e)
        {
            case CustomerAnswered when call.Kind == TrackedCallKind.AutoDial:
                router.Enqueue(call with { ArrivedAt = e.At });
                _ = DropIfUnansweredAsync(call.CallId, cancellationToken);
                break;
            case CustomerAnswered when call.AgentUser is { } agent:
                await sessions.SendAsync(agent, new CallAnswered());
                break;
            case CustomerBusy or CustomerNoAnswer:
                await NotReachedAsync(call, e is CustomerBusy);
                break;
            case CustomerLeft:
                await CustomerLeftAsync(call);
                break;
            case ConferenceLineResult result when call.AgentUser is { } agent:
                await ConferenceResultAsync(call, agent, result);
                break;
        }
    }

    private async Task QueueInboundAsync(InboundCallArrived arrived, CancellationToken cancellationToken)
    {
        var leadId = await leads.FindOrCreateForCallerAsync(arrived.CallerNumber, arrived.InGroupId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var priority = await db.InGroups.Where(g => g.Id == arrived.InGroupId).Select(g => g.Priority).SingleOrDefaultAsync(cancellationToken);
        var campaign = await db.Campaigns.Where(c => c.InGroups.Any(g => g.InGroupId == arrived.InGroupId))
            .OrderByDescending(c => c.Active).ThenBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken) ?? "";
        router.Enqueue(new TrackedCall(arrived.CallId, TrackedCallKind.Inbound, campaign, arrived.InGroupId, leadId, "1", arrived.CallerNumber, arrived.At)
        {
            Priority = priority,
        });
    }

    private async Task NotReachedAsync(TrackedCall call, bool busy)
    {
        registry.Forget(call.CallId);
        if (call.AgentUser is { } agent)
        {
            await sessions.SendAsync(agent, new HangUpCustomer(busy ? CallEndReason.Busy : CallEndReason.NoAnswer));
        }
        else if (call.LeadId is { } leadId)
        {
            await leads.RecordDialerOutcomeAsync(leadId, busy ? "B" : "NA");
        }
    }

    private async Task CustomerLeftAsync(TrackedCall call)
    {
        if (call.AgentUser is { } agent)
        {
            await sessions.SendAsync(agent, new CustomerHungUp());
            return;
        }

        // Gave up while waiting in a queue.
        registry.Forget(call.CallId);
        router.Remove(call.CallId);
        if (call.Kind == TrackedCallKind.AutoDial && call.LeadId is { } leadId)
        {
            await leads.RecordDialerOutcomeAsync(leadId, "DROP");
        }
    }

    private async Task ConferenceResultAsync(TrackedCall call, string agent, ConferenceLineResult result)
    {
        var session = sessions.Find(agent);
        if (session?.Call?.ConferenceNumber != result.Number)
        {
            return;
        }

        if (!result.Answered)
        {
            await sessions.SendAsync(agent, new SetConferenceLine(null));
            await sessions.SendAsync(agent, new Notify(new Domain.Sessions.AgentNotification($"The transfer line {result.Number} did not answer.", "Telephony")));
            return;
        }

        if (call.ConferenceWithCustomer)
        {
            await sessions.SendAsync(agent, new SetCallFlag(CallFlags.ThreeWay, true));
        }
    }

    /// <summary>VICIdial drops an answered auto-dial call no agent takes in time; so does Portal.</summary>
    private async Task DropIfUnansweredAsync(string callId, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.Value.DropSeconds), time, cancellationToken);
            if (router.Remove(callId) && registry.Forget(callId) is { } dropped)
            {
                await telephony.HangUpAsync(callId, cancellationToken);
                if (dropped.LeadId is { } leadId)
                {
                    await leads.RecordDialerOutcomeAsync(leadId, "DROP", cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
