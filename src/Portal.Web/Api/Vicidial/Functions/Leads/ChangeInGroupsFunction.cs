namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Agents;

/// <summary>
/// change_ingroups: CHANGE, ADD or REMOVE the in-groups the agent takes calls from, and set blended; with
/// set_as_default=YES also the agent's defaults for the next login. Contract §3.14.
/// </summary>
internal sealed class ChangeInGroupsFunction(AgentDesk desk, AgentApiUsers users, AgentApiCampaigns campaigns) : IVicidialFunction
{
    public const string DefaultSet = "User settings set as default";

    public string Name => "change_ingroups";

    public async Task RunAsync(VicidialCall call)
    {
        var p = call.Parameters;
        var value = call.Value = string.Concat(call.Value.Where(char.IsAsciiLetterUpper));
        var (blended, choices) = (p["blended"], p["ingroup_choices"]);
        if (blended.Length < 2 || call.AgentUser.Length < 2 || value.Length < 3)
        {
            call.Reply.Error("change_ingroups not valid", $"{value}|{blended}|{choices}|{call.AgentUser}", data: $"{value}|{blended}|{choices}");
            return;
        }

        if (!call.HasPermission() || !call.IsAgentLoggedIn() || call.Sessions.Find(call.AgentUser) is not { } session
            || await AllowedCampaignAsync(call, session.CampaignId, blended) is not { } campaign)
        {
            return;
        }

        var groups = InGroupChoices.Parse(choices);
        if (!await AreCampaignInGroupsAsync(call, campaign, groups))
        {
            return;
        }

        if (value is "ADD" or "REMOVE" && groups.Count == 0)
        {
            call.Reply.Error("ingroup_choices are required for ADD and REMOVE values", $"{call.AgentUser}|{value}|", end: true);
            return;
        }

        IReadOnlyList<string> chosen = value switch
        {
            "ADD" => [.. session.InGroups.Union(groups, StringComparer.Ordinal)],
            "REMOVE" => [.. session.InGroups.Except(groups, StringComparer.Ordinal)],
            _ => groups,
        };
        var takesOutbound = blended == "YES" && !campaign.IsManual;
        var changed = await desk.ChangeInGroupsAsync(call.AgentUser, chosen, takesOutbound);
        if (!changed.IsAccepted)
        {
            call.Reply.Error(changed.Refusal!.Reason, call.AgentUser);
            return;
        }

        var defaultData = p["set_as_default"] == "YES" && await desk.SaveDefaultInGroupsAsync(call.AgentUser, chosen, takesOutbound) ? DefaultSet : "";
        var newList = value is "ADD" or "REMOVE" ? InGroupChoices.Format(chosen) : choices;
        var data = $"{newList}|{blended}|{defaultData}";
        call.Reply.Success("change_ingroups function set", $"{p.User}|{call.AgentUser}|{data}", data: data);
    }

    /// <summary>Steps 3–5: an inbound campaign, an API user who may change in-groups, blended only where auto-dial is.</summary>
    private async Task<Campaign?> AllowedCampaignAsync(VicidialCall call, string campaignId, string blended)
    {
        var campaign = await campaigns.FindAsync(campaignId);
        if (campaign is not { InboundAllowed: true })
        {
            call.Reply.Error("campaign does not allow inbound calls", call.AgentUser);
            return null;
        }

        if ((await users.RightsAsync(call.Parameters.User))?.ChangeAgentCampaign != true)
        {
            call.Reply.Error("user is not allowed to change agent in-groups", call.Parameters.User);
            return null;
        }

        if (blended == "YES" && campaign.IsManual)
        {
            call.Reply.Error("campaign dial_method does not allow outbound autodial", $"{call.AgentUser}|{blended}", end: true);
            return null;
        }

        return campaign;
    }

    /// <summary>
    /// Each in-group must exist and — Portal's rule, which VICIdial does not have — be an active in-group of the agent's
    /// campaign, as on the agent's own screen.
    /// </summary>
    private async Task<bool> AreCampaignInGroupsAsync(VicidialCall call, Campaign campaign, IReadOnlyList<string> groups)
    {
        var existing = await campaigns.ExistingInGroupsAsync([.. groups]);
        var offered = (await desk.ProfileAsync(campaign.Id))?.InGroups ?? [];
        foreach (var group in groups)
        {
            var reason = !existing.Contains(group) ? "ingroup does not exist"
                : offered.All(g => g.Id != group) ? "ingroup is not allowed in this campaign"
                : null;
            if (reason is not null)
            {
                call.Reply.Error(reason, $"{call.AgentUser}|{group}|{call.Parameters["ingroup_choices"]}", end: true);
                return false;
            }
        }

        return true;
    }
}
