namespace Portal.Infrastructure.Sessions.Presence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;

/// <summary>
/// VICIdial's LAGGED: once a second, a READY agent whose last desk has been gone for their campaign's grace period is
/// paused with <see cref="PauseCodeRules.Lagged"/>, through the session actor like any other pause, so the wallboard,
/// the APIs, the hub and webhooks all see it. The command pauses only a READY agent: a call delivered while the desk was
/// reconnecting stays with the agent, and the reconnected desk shows it.
/// </summary>
public sealed class LaggedAgents(
    DeskPresence presence, SessionRuntime sessions, SessionEventBus bus, IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time, ILogger<LaggedAgents> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    /// <summary>Pauses every READY agent whose desks have been gone too long; returns how many it paused.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var waiting = presence.Gone()
            .Select(gone => (Gone: gone, Session: sessions.Find(gone.AgentUser)))
            .Where(c => c.Session is { State: AgentState.Ready })
            .ToList();
        if (waiting.Count == 0)
        {
            return 0;
        }

        var graces = await GracePeriodsAsync([.. waiting.Select(c => c.Session!.CampaignId).Distinct()], cancellationToken);
        var now = time.GetUtcNow();
        var paused = 0;
        foreach (var (gone, session) in waiting)
        {
            if (now - gone.Since < graces.GetValueOrDefault(session!.CampaignId, TimeSpan.FromSeconds(Domain.Campaigns.CampaignSettings.DefaultLaggedGraceSeconds)))
            {
                continue;
            }

            var outcome = await sessions.SendAsync(gone.AgentUser, new PauseIfReady(PauseCodeRules.Lagged));
            if (outcome.Session is { State: AgentState.Paused, PauseCode: PauseCodeRules.Lagged } && outcome.Session.Version != session.Version)
            {
                paused++;
                logger.LogInformation("Agent {AgentUser} paused as LAGGED: no desk open since {Since:O}", gone.AgentUser, gone.Since);
            }
        }

        return paused;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var endings = bus.SubscribeAll(change =>
        {
            if (change.Session.State == AgentState.LoggedOut)
            {
                presence.SessionEnded(change.Session.AgentUser);
            }
        });
        using var timer = new PeriodicTimer(SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogFailure(ex, "Looking for agents whose desk is gone failed; trying again in {Interval}", SweepInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Portal is stopping.
        }
    }

    private async Task<Dictionary<string, TimeSpan>> GracePeriodsAsync(IReadOnlyList<string> campaignIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking()
            .Where(c => campaignIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => TimeSpan.FromSeconds(c.LaggedGraceSeconds), StringComparer.Ordinal, cancellationToken);
    }
}
