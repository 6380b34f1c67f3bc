namespace Portal.Infrastructure.Integrations.ContactNow;

using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Data;

/// <summary>
/// The campaign agent_dial logs an agent in to: the one asked for, else the campaign the agent worked last, else the
/// first (by id) of theirs — always one the agent may work and the API caller may control.
/// </summary>
public sealed class LoginCampaignChooser(IDbContextFactory<PortalDbContext> contexts, AgentDesk desk)
{
    public async Task<(string? CampaignId, string? Error)> ChooseAsync(
        string agentUser, string? requested, Func<string, bool> callerAllows, CancellationToken cancellationToken = default)
    {
        var campaigns = (await desk.CampaignsForAsync(agentUser, cancellationToken)).Select(c => c.Id).ToList();
        if (!string.IsNullOrEmpty(requested))
        {
            if (!campaigns.Contains(requested, StringComparer.Ordinal))
            {
                return (null, $"agent {agentUser} may not log in to campaign {requested}");
            }

            return callerAllows(requested) ? (requested, null) : (null, $"campaign {requested} is not allowed for your user group");
        }

        var usable = campaigns.Where(callerAllows).ToList();
        if (usable.Count == 0)
        {
            return (null, $"agent {agentUser} has no campaign to log in to that your user group may control");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.AgentLog.AsNoTracking()
            .Where(e => e.AgentUser == agentUser)
            .OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id)
            .Select(e => e.CampaignId)
            .FirstOrDefaultAsync(cancellationToken);
        return (last is not null && usable.Contains(last, StringComparer.Ordinal) ? last : usable[0], null);
    }
}
