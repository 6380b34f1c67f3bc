namespace Portal.Web.Api.ContactNow.Actions;

using Microsoft.Extensions.Options;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Integrations.ContactNow;

/// <summary>
/// agent_dial: logs the agent in by ringing <c>data</c> as their phone; they land PAUSED (LOGIN), as after the screen's
/// login. The campaign is <c>campaign</c> when given, else the agent's last, else their first (see LoginCampaignChooser).
/// <c>callerid</c> is checked and audited; the telephony port presents no caller id when it rings an agent.
/// </summary>
internal sealed class AgentDialAction(AgentDesk desk, LoginCampaignChooser campaigns, IOptions<ContactNowOptions> options) : IAgentAction
{
    public string Name => "agent_dial";

    public string Permission => "call_agent";

    public bool NeedsSession => false;

    public async Task<ActionResult> RunAsync(AgentActionCall call)
    {
        var phone = call.Data;
        if (phone.Length == 0)
        {
            return ActionResult.Fail("data is required: the number or extension to ring the agent on");
        }

        if (!AgentLogin.IsValidPhoneLogin(phone))
        {
            return ActionResult.Fail($"data {Echo.Of(phone)} is not a phone number or extension (up to 20 letters, digits, * # - / _)");
        }

        var callerId = call.Parameters["callerid"];
        if (callerId.Length > 0 && PhoneNumbers.ValidateNumber(callerId) is not null)
        {
            return ActionResult.Fail($"callerid {Echo.Of(callerId)} is not a number of 3 to 18 digits");
        }

        if (call.Session is not null)
        {
            return ActionResult.From(Refusal.AlreadyLoggedIn);
        }

        var (campaign, problem) = await campaigns.ChooseAsync(call.AgentUser, RequestedCampaign(call), call.Caller.Scope.Allows);
        if (campaign is null)
        {
            return ActionResult.Fail(problem!);
        }

        var outcome = await desk.LogInAsync(call.AgentUser, campaign, phone);
        return outcome.IsAccepted ? ActionResult.Done : ActionResult.From(outcome.Refusal!);
    }

    /// <summary>
    /// ContactNow's <c>campaign</c> is the contact centre (Portal's account id), and its PHP wrapper sends it on every
    /// call: that means "this account", so the agent's own campaign is chosen.
    /// </summary>
    private string? RequestedCampaign(AgentActionCall call)
    {
        var requested = call.Parameters["campaign"];
        return requested == options.Value.AccountId ? null : requested;
    }
}
