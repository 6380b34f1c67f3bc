namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Infrastructure.AgentApi.Leads;

/// <summary>
/// change_ingroups: CHANGE, ADD or REMOVE the in-groups the agent takes calls from, and set blended; with
/// set_as_default=YES also the agent's defaults for the next login. Contract §3.14. The rules are
/// <see cref="AgentInGroupChanges"/>'s; this class turns their outcome into VICIdial's lines.
/// </summary>
internal sealed class ChangeInGroupsFunction(AgentInGroupChanges changes) : IVicidialFunction
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

        if (!call.HasPermission() || !call.IsAgentLoggedIn())
        {
            return;
        }

        var mode = value switch
        {
            "ADD" => InGroupChangeMode.Add,
            "REMOVE" => InGroupChangeMode.Remove,
            _ => InGroupChangeMode.Change,
        };
        var request = new InGroupChangeRequest(
            p.User, call.AgentUser, mode, InGroupChoices.Parse(choices), Blended: blended == "YES", SetAsDefault: p["set_as_default"] == "YES");
        var outcome = await changes.ChangeAsync(request);
        if (!outcome.Succeeded)
        {
            Refuse(call, outcome, blended, value);
            return;
        }

        var defaultData = outcome.DefaultSaved ? DefaultSet : "";
        var newList = mode == InGroupChangeMode.Change ? choices : InGroupChoices.Format(outcome.InGroups);
        var data = $"{newList}|{blended}|{defaultData}";
        call.Reply.Success("change_ingroups function set", $"{p.User}|{call.AgentUser}|{data}", data: data);
    }

    private static void Refuse(VicidialCall call, InGroupChangeOutcome outcome, string blended, string value)
    {
        var agent = call.AgentUser;
        var choices = call.Parameters["ingroup_choices"];
        switch (outcome.Problem)
        {
            case InGroupChangeProblem.CampaignNotInbound:
                call.Reply.Error("campaign does not allow inbound calls", agent);
                break;
            case InGroupChangeProblem.ChangeNotAllowed:
                call.Reply.Error("user is not allowed to change agent in-groups", call.Parameters.User);
                break;
            case InGroupChangeProblem.BlendedNeedsAutoDial:
                call.Reply.Error("campaign dial_method does not allow outbound autodial", $"{agent}|{blended}", end: true);
                break;
            case InGroupChangeProblem.UnknownInGroup:
                call.Reply.Error("ingroup does not exist", $"{agent}|{outcome.InGroup}|{choices}", end: true);
                break;
            case InGroupChangeProblem.InGroupNotInCampaign:
                call.Reply.Error("ingroup is not allowed in this campaign", $"{agent}|{outcome.InGroup}|{choices}", end: true);
                break;
            case InGroupChangeProblem.InGroupsRequired:
                call.Reply.Error("ingroup_choices are required for ADD and REMOVE values", $"{agent}|{value}|", end: true);
                break;
            case InGroupChangeProblem.NotLoggedIn:
                call.Reply.Error(Portal.Domain.Sessions.Refusal.NotLoggedIn.Reason, agent);
                break;
            default:
                call.Reply.Error(outcome.Refusal?.Reason ?? "change_ingroups not valid", agent);
                break;
        }
    }
}
