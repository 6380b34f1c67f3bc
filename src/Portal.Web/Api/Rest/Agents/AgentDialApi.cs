namespace Portal.Web.Api.Rest.Agents;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Web.Api.Rest.Agents.Requests;
using Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>
/// POST /agents/{agentUser}/dial: a manual dial or preview for a paused agent, through the call desk (external_dial's
/// checks: paused with no lead on screen, and an agent allowed to place manual dials).
/// </summary>
public static class AgentDialApi
{
    public static RouteGroupBuilder MapAgentDial(this RouteGroupBuilder agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.MapPost("/dial", DialAsync)
            .Describe(RestFunctions.Dial, "DialForAgent", "Dials a number or a lead for a paused agent, or shows the lead in preview.", AgentsApi.Tag);
        return agent;
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> DialAsync(
        string agentUser, JsonBody<DialRequest> body, RestCaller caller, SessionRuntime sessions, ICallDesk desk, AgentApiUsers users,
        LeadDirectory leads, LeadCampaigns leadCampaigns, AgentViews views)
    {
        var dial = body.Value!;
        var phoneCode = dial.PhoneCode ?? "1";
        caller.AuditValue = dial.LeadId is { } id ? $"lead {id}" : dial.PhoneNumber ?? "";
        if (dial.LeadId is null && (PhoneNumbers.ValidateNumber(dial.PhoneNumber) is { } badNumber))
        {
            return RestProblems.Invalid("phoneNumber", dial.PhoneNumber is null ? "Give a phoneNumber or a leadId." : badNumber);
        }

        if (dial.LeadId is null && PhoneNumbers.ValidatePhoneCode(phoneCode) is { } badCode)
        {
            return RestProblems.Invalid("phoneCode", badCode);
        }

        if (dial.LeadId is { } leadId)
        {
            if (await leads.GetAsync(leadId) is null || await leadCampaigns.CampaignOfAsync(leadId) is not { } campaign)
            {
                return RestProblems.Invalid("leadId", $"Lead {leadId} does not exist.");
            }

            if (!(await caller.ScopeAsync()).Allows(campaign))
            {
                return RestProblems.Forbidden($"Lead {leadId} belongs to campaign {campaign}, which user {caller.UserName} may not reach.");
            }
        }

        if (sessions.Find(agentUser) is not { State: AgentState.Paused } session || session.LeadOnScreenId() is not null)
        {
            return RestProblems.Conflict($"{Refusal.NotPaused.Reason}: dial for an agent who is paused with no lead on screen.");
        }

        if ((await users.RightsAsync(agentUser))?.AgentCallManual != true)
        {
            return RestProblems.Forbidden($"Agent {agentUser} is not allowed to place manual dial calls.");
        }

        var request = new ManualDialRequest(
            phoneCode, dial.PhoneNumber ?? "", SearchExistingLead: dial.LeadId is null && dial.SearchExistingLead, LeadId: dial.LeadId, UseAltPhone: dial.UseAltPhone);
        var placed = dial.Preview ? await desk.PreviewAsync(agentUser, request) : await desk.ManualDialAsync(agentUser, request);
        return await views.AfterAsync(agentUser, placed);
    }
}
