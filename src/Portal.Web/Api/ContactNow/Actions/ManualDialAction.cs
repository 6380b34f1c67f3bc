namespace Portal.Web.Api.ContactNow.Actions;

using Microsoft.Extensions.Options;
using Portal.Domain.Sessions;
using Portal.Infrastructure;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>
/// manual_dial: the paused agent dials <c>data</c> (phone code 1) on queue <c>qid</c>: the agent's campaign, or one of
/// its in-groups (the call is then recorded for that in-group). <c>callerid</c> is presented when the system allows
/// API caller ids (Portal:AgentApi:OutboundCidAny = API_ONLY, as for external_dial). The key is the call's id.
/// </summary>
internal sealed class ManualDialAction(
    ICallDesk desk, AgentDesk agentDesk, AgentApiUsers users, SessionRuntime sessions, IOptions<PortalOptions> options) : IAgentAction
{
    public string Name => "manual_dial";

    public string Permission => "external_dial";

    public bool NeedsSession => true;

    public async Task<ActionResult> RunAsync(AgentActionCall call)
    {
        var (number, qid, callerId) = (call.Data, call.Parameters["qid"], call.Parameters["callerid"]);
        if (number.Length == 0)
        {
            return ActionResult.Fail("data is required: the number to dial");
        }

        if (PhoneNumbers.ValidateNumber(number) is not null)
        {
            return ActionResult.Fail($"data {Echo.Of(number)} is not a number of 3 to 18 digits");
        }

        if (qid.Length == 0)
        {
            return ActionResult.Fail("qid is required: the queue to dial on (the agent's campaign or one of its in-groups)");
        }

        if (callerId.Length > 0 && CallerIdProblem(callerId) is { } problem)
        {
            return ActionResult.Fail(problem);
        }

        var session = call.LiveSession;
        var (inGroup, queueProblem) = await QueueAsync(session, qid);
        if (queueProblem is not null)
        {
            return ActionResult.Fail(queueProblem);
        }

        if ((await users.RightsAsync(call.AgentUser))?.AgentCallManual != true)
        {
            return ActionResult.Fail($"agent {call.AgentUser} is not allowed to place manual dials");
        }

        var request = new ManualDialRequest("1", number) { CallerId = callerId.Length > 0 ? callerId : null, InGroupId = inGroup };
        var dialled = await desk.ManualDialAsync(call.AgentUser, request);
        if (!dialled.Succeeded)
        {
            return ActionResult.From(dialled);
        }

        // The call stays on the session until its disposition, so it is there even if it already ended.
        var placed = sessions.Find(call.AgentUser)?.Call;
        return new ActionResult(null, placed is { Direction: CallDirection.Manual } && placed.PhoneNumber == number ? placed.CallId : null);
    }

    /// <summary>The in-group of the queue (null for the campaign itself), or why qid names no queue of the agent's.</summary>
    private async Task<(string? InGroup, string? Problem)> QueueAsync(SessionSnapshot session, string qid)
    {
        if (qid == session.CampaignId)
        {
            return (null, null);
        }

        var profile = await agentDesk.ProfileAsync(session.CampaignId);
        return profile?.InGroups.Any(g => g.Id == qid) == true
            ? (qid, null)
            : (null, $"qid {Echo.Of(qid)} is neither campaign {session.CampaignId} of agent {session.AgentUser} nor one of its in-groups");
    }

    private string? CallerIdProblem(string callerId)
    {
        if (PhoneNumbers.ValidateNumber(callerId) is not null)
        {
            return $"callerid {Echo.Of(callerId)} is not a number of 3 to 18 digits";
        }

        return options.Value.AgentApi.OutboundCidAny == AgentApiOptions.OutboundCidApiOnly
            ? null
            : "callerid is not allowed on this system (API caller ids are off)";
    }
}
