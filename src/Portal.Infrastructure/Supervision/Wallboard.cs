namespace Portal.Infrastructure.Supervision;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// The supervisor's wallboard, built from memory: live sessions, the ACD queue, today's call figures and monitors,
/// limited to what the supervisor's scope allows. Changes are pushed; a viewer costs the database nothing but the
/// catalogue read when the page opens.
/// </summary>
public sealed class Wallboard(
    LiveSessionBoard board,
    SessionEventBus bus,
    CallRouter router,
    CallStatistics statistics,
    CallMonitors monitors,
    AgentDirectory agents,
    IDbContextFactory<PortalDbContext> contexts)
{
    public Task<SupervisorScope> ScopeForAsync(string userName, CancellationToken cancellationToken = default) =>
        board.ScopeForAsync(userName, cancellationToken);

    /// <summary>The campaigns (with their active pause codes, in-groups and statuses) and user groups in scope.</summary>
    public async Task<WallboardCatalog> CatalogAsync(SupervisorScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Where(c => scope.Allows(c.Id)).ToList();
        var pauseCodes = await db.PauseCodes.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking().Where(s => s.Active).ToListAsync(cancellationToken);
        var inGroupIds = campaigns.SelectMany(c => c.InGroups.Select(g => g.InGroupId)).ToHashSet(StringComparer.Ordinal);
        var inGroups = await db.InGroups.AsNoTracking().Where(g => inGroupIds.Contains(g.Id)).OrderBy(g => g.Id)
            .Select(g => new InGroupChoice(g.Id, g.Name, g.Color)).ToListAsync(cancellationToken);
        var userGroups = (await db.UserGroups.AsNoTracking().Select(g => g.Id).ToListAsync(cancellationToken))
            .Where(scope.AllowsUserGroup).Order(StringComparer.Ordinal).ToList();

        var options = campaigns.Select(c => new WallboardCampaign(
            c.Id,
            c.Name,
            c.IsManual,
            c.PauseCodes,
            [.. pauseCodes.Where(p => p.CampaignId is null || p.CampaignId == c.Id).Select(p => new PauseCodeChoice(p.Code, p.Name))],
            [.. c.InGroups.Select(g => g.InGroupId).Order(StringComparer.Ordinal)],
            [.. statuses.Where(s => s.Selectable && !s.IsScheduledCallback && (s.CampaignId is null || s.CampaignId == c.Id))
                .OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new StatusChoice(s.Code, s.Name))]));
        return new WallboardCatalog([.. options], inGroups, userGroups);
    }

    /// <summary>The live agents, waiting calls and call figures the supervisor may see.</summary>
    public async Task<WallboardView> ViewAsync(SupervisorScope scope, WallboardCatalog catalog, CancellationToken cancellationToken = default)
    {
        var profiles = await agents.AllAsync(cancellationToken);
        var calls = statistics.CallsByAgent();
        var listening = monitors.All().ToLookup(m => m.AgentUser, StringComparer.Ordinal);
        var rows = board.Visible(scope).Select(s =>
        {
            var profile = profiles.GetValueOrDefault(s.AgentUser);
            return new WallboardRow(s, profile?.FullName ?? s.AgentUser, profile?.UserGroupId ?? "", calls.GetValueOrDefault(s.AgentUser), [.. listening[s.AgentUser]]);
        });
        var queue = router.Waiting()
            .Where(c => scope.Allows(c.CampaignId) || (c.InGroupId is { } g && catalog.HasInGroup(g)))
            .OrderBy(c => c.ArrivedAt);
        var figures = statistics.ByCampaign().Where(f => scope.Allows(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new WallboardView([.. rows], [.. queue], figures);
    }

    /// <summary>
    /// Notified when anything the wallboard shows may have changed: a session in scope, the queue, the figures, the
    /// monitors. Handlers run on the publisher's thread and must hand off quickly; dispose to stop.
    /// </summary>
    public IDisposable Watch(SupervisorScope scope, Action onChange)
    {
        IDisposable[] subscriptions =
        [
            bus.SubscribeAll(change =>
            {
                if (scope.Allows(change.Session))
                {
                    onChange();
                }
            }),
            router.WatchQueue(onChange),
            statistics.Watch(onChange),
            monitors.Watch(onChange),
        ];
        return new Subscriptions(subscriptions);
    }

    private sealed class Subscriptions(IReadOnlyList<IDisposable> subscriptions) : IDisposable
    {
        public void Dispose()
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
