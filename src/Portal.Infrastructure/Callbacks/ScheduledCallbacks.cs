namespace Portal.Infrastructure.Callbacks;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Supervision;

/// <summary>
/// Scheduled callbacks across agents and campaigns, for integrations: listed with filters, and scheduled for a lead
/// with the rules of the agent's disposition screen (a time in the future, comments within the limit).
/// </summary>
public sealed class ScheduledCallbacks(IDbContextFactory<PortalDbContext> contexts, LeadCampaigns leads, TimeProvider time)
{
    /// <summary>The matching callbacks in the campaigns of <paramref name="scope"/>, earliest due first.</summary>
    public async Task<IReadOnlyList<Callback>> SearchAsync(CallbackQuery query, SupervisorScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = (await db.Campaigns.AsNoTracking().Select(c => c.Id).ToListAsync(cancellationToken)).Where(scope.Allows).ToList();
        var callbacks = db.Callbacks.AsNoTracking().Where(c => campaigns.Contains(c.CampaignId));
        if (query.AgentUser is { } agentUser)
        {
            callbacks = callbacks.Where(c => c.AgentUser == agentUser);
        }

        if (query.CampaignId is { } campaignId)
        {
            callbacks = callbacks.Where(c => c.CampaignId == campaignId);
        }

        if (query.State is { } state)
        {
            callbacks = callbacks.Where(c => c.State == state);
        }

        if (query.DueFrom is { } from)
        {
            callbacks = callbacks.Where(c => c.DueAt >= from);
        }

        if (query.DueTo is { } to)
        {
            callbacks = callbacks.Where(c => c.DueAt < to);
        }

        return await callbacks.OrderBy(c => c.DueAt).ThenBy(c => c.Id)
            .Take(Math.Clamp(query.Limit, 1, CallbackQuery.MaxLimit)).ToListAsync(cancellationToken);
    }

    public async Task<Callback?> FindAsync(long callbackId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Callbacks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callbackId, cancellationToken);
    }

    /// <summary>
    /// Schedules the callback. Refused (with the field at fault) when the lead, campaign or owner is unknown or the time
    /// or comments are not valid; forbidden when the campaign or the owner is outside <paramref name="scope"/>.
    /// </summary>
    public async Task<CallbackScheduling> ScheduleAsync(
        NewCallback request, string scheduledBy, SupervisorScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var now = time.GetUtcNow();
        if (CallbackRequest.Validate(request.DueAt, request.Comments, now) is { } problem)
        {
            return CallbackScheduling.Refused(request.DueAt <= now ? "dueAt" : "comments", problem);
        }

        var leadCampaign = await leads.CampaignOfAsync(request.LeadId, cancellationToken);
        if (leadCampaign is null)
        {
            return CallbackScheduling.Refused("leadId", $"Lead {request.LeadId} does not exist.");
        }

        var campaignId = request.CampaignId ?? leadCampaign;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return CallbackScheduling.Refused("campaignId", $"Campaign {campaignId} does not exist.");
        }

        if (!scope.Allows(campaignId))
        {
            return CallbackScheduling.Forbidden($"Campaign {campaignId} is not one you may work with.");
        }

        if (request.Type == CallbackType.UserOnly && string.IsNullOrEmpty(request.AgentUser))
        {
            return CallbackScheduling.Refused("agentUser", "A USERONLY callback needs the agent who will call back.");
        }

        if (request.AgentUser is { Length: > 0 } owner && !await db.Users.AnyAsync(u => u.UserName == owner && u.Active, cancellationToken))
        {
            return CallbackScheduling.Refused("agentUser", $"There is no active user {owner}.");
        }

        if (request.AgentUser is { Length: > 0 } agent && !scope.AllowsAgent(agent))
        {
            return CallbackScheduling.Forbidden($"Agent {agent} is in a user group you may not reach.");
        }

        var callback = Callback.Schedule(
            request.LeadId, campaignId, request.DueAt, request.Type, request.AgentUser is { Length: > 0 } a ? a : scheduledBy, request.Comments, now);
        db.Callbacks.Add(callback);
        await db.SaveChangesAsync(cancellationToken);
        return new CallbackScheduling(callback, null, null);
    }
}
