namespace Portal.Infrastructure.AgentApi.Leads;

using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Sessions;

/// <summary>
/// change_ingroups' rules, shared by every API that changes an agent's in-groups: an inbound campaign, a user who may
/// change agents' in-groups, blended only where the campaign auto-dials, and only the campaign's active in-groups
/// (Portal's rule, as on the agent's own screen). The change itself goes through the agent desk.
/// </summary>
public sealed class AgentInGroupChanges(SessionRuntime sessions, AgentDesk desk, AgentApiUsers users, AgentApiCampaigns campaigns)
{
    public async Task<InGroupChangeOutcome> ChangeAsync(InGroupChangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (sessions.Find(request.AgentUser) is not { } session)
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.NotLoggedIn);
        }

        var campaign = await campaigns.FindAsync(session.CampaignId, cancellationToken);
        if (campaign is not { InboundAllowed: true })
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.CampaignNotInbound);
        }

        if ((await users.RightsAsync(request.ChangedBy, cancellationToken))?.ChangeAgentCampaign != true)
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.ChangeNotAllowed);
        }

        if (request.Blended && campaign.IsManual)
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.BlendedNeedsAutoDial);
        }

        var existing = await campaigns.ExistingInGroupsAsync([.. request.InGroups], cancellationToken);
        var offered = (await desk.ProfileAsync(campaign.Id, cancellationToken))?.InGroups ?? [];
        foreach (var group in request.InGroups)
        {
            if (!existing.Contains(group))
            {
                return InGroupChangeOutcome.Failed(InGroupChangeProblem.UnknownInGroup, group);
            }

            if (offered.All(g => g.Id != group))
            {
                return InGroupChangeOutcome.Failed(InGroupChangeProblem.InGroupNotInCampaign, group);
            }
        }

        if (request.Mode != InGroupChangeMode.Change && request.InGroups.Count == 0)
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.InGroupsRequired);
        }

        IReadOnlyList<string> chosen = request.Mode switch
        {
            InGroupChangeMode.Add => [.. session.InGroups.Union(request.InGroups, StringComparer.Ordinal)],
            InGroupChangeMode.Remove => [.. session.InGroups.Except(request.InGroups, StringComparer.Ordinal)],
            _ => request.InGroups,
        };
        var changed = await desk.ChangeInGroupsAsync(request.AgentUser, chosen, request.Blended, cancellationToken);
        if (!changed.IsAccepted)
        {
            return InGroupChangeOutcome.Failed(InGroupChangeProblem.Refused, refusal: changed.Refusal);
        }

        var defaultSaved = request.SetAsDefault && await desk.SaveDefaultInGroupsAsync(request.AgentUser, chosen, request.Blended, cancellationToken);
        return new InGroupChangeOutcome(chosen, request.Blended, defaultSaved);
    }
}
