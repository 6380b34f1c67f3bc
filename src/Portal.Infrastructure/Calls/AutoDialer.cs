namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// Keeps RATIO campaigns dialling: every second, each campaign gets (READY blended agents × dial level) lines,
/// less the calls already ringing or waiting for it; due ANYONE callbacks are dialled before new leads.
/// </summary>
public sealed class AutoDialer(
    ITelephony telephony,
    CallIds callIds,
    CallRegistry registry,
    SessionRuntime sessions,
    LeadDirectory leads,
    IDbContextFactory<PortalDbContext> contexts,
    IOptions<CallCenterOptions> options,
    TimeProvider time,
    ILogger<AutoDialer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoDialEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await DialAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogFailure(ex, "Auto-dial round failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task DialAsync(CancellationToken cancellationToken)
    {
        var ready = sessions.All().Where(s => s.State == AgentState.Ready && s.Blended).GroupBy(s => s.CampaignId).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaignIds = ready.Select(g => g.Key).ToList();
        var levels = await db.Campaigns.AsNoTracking()
            .Where(c => campaignIds.Contains(c.Id) && c.Active && c.DialMethod == DialMethod.Ratio)
            .ToDictionaryAsync(c => c.Id, c => c.DialLevel, cancellationToken);
        var inFlight = registry.All().Where(c => c.Kind == TrackedCallKind.AutoDial && c.AgentUser is null).ToList();
        foreach (var group in ready.Where(g => levels.ContainsKey(g.Key)))
        {
            var lines = (int)Math.Ceiling(group.Count() * levels[group.Key]) - inFlight.Count(c => c.CampaignId == group.Key);
            if (lines <= 0)
            {
                continue;
            }

            var busyLeads = registry.All().Where(c => c.LeadId is not null).Select(c => c.LeadId!.Value).ToList();
            var callbacks = await leads.TakeDueCallbacksAsync(group.Key, lines, busyLeads, cancellationToken);
            var fresh = lines > callbacks.Count
                ? await leads.NextDialableAsync(group.Key, lines - callbacks.Count, [.. busyLeads, .. callbacks.Select(l => l.LeadId)], cancellationToken)
                : [];
            foreach (var lead in callbacks.Concat(fresh))
            {
                // Tracked before it is dialled, so no outcome can arrive for an unknown call.
                var callId = callIds.Next();
                registry.Track(new TrackedCall(callId, TrackedCallKind.AutoDial, group.Key, null, lead.LeadId, lead.Details.PhoneCode, lead.Details.PhoneNumber, time.GetUtcNow()));
                await telephony.OriginateAsync(new OriginateRequest(callId, lead.Details.PhoneCode, lead.Details.PhoneNumber, group.Key, AgentUser: null), cancellationToken);
            }
        }
    }
}
