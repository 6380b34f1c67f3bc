namespace Portal.Web.Api.Rest.Leads;

using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>
/// /api/v1/leads/{leadId}: read a lead and change its fields with update_fields' rules; agents who have the lead on
/// screen see the change at once.
/// </summary>
public static class LeadsApi
{
    public const string Tag = "Leads";

    public static RouteGroupBuilder MapLeadsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var leads = api.MapGroup("/leads").ProducesProblem(StatusCodes.Status404NotFound);
        leads.MapGet("/{leadId:long}", GetAsync)
            .Describe(RestFunctions.GetLead, "GetLead", "Shows a lead with every customer field.", Tag);
        leads.MapPatch("/{leadId:long}", UpdateAsync)
            .Describe(RestFunctions.UpdateLead, "UpdateLead", "Changes fields of a lead (left out: unchanged; empty: cleared); open agent screens reload it.", Tag);
        return leads;
    }

    private static async Task<Results<Ok<LeadDto>, ProblemHttpResult>> GetAsync(
        long leadId, RestCaller caller, LeadDirectory leads, LeadCampaigns campaigns)
    {
        caller.AuditValue = $"{leadId}";
        var lead = await leads.GetAsync(leadId);
        var campaign = await campaigns.CampaignOfAsync(leadId);
        if (lead is null)
        {
            return RestProblems.NotFound($"There is no lead {leadId}.");
        }

        if (await OutOfScopeAsync(caller, leadId, campaign) is { } forbidden)
        {
            return forbidden;
        }

        return TypedResults.Ok(LeadDto.From(lead, campaign));
    }

    private static async Task<Results<Ok<LeadDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long leadId, JsonBody<LeadPatch> body, RestCaller caller, LeadDirectory leads, LeadCampaigns campaigns, AgentApiUsers users, SessionRuntime sessions)
    {
        var fields = body.Value!.ToVicidialFields();
        caller.AuditValue = $"{leadId}";
        caller.AuditData = string.Join(',', fields.Select(f => f.Key));
        if ((await users.RightsAsync(caller.UserName))?.ModifyLeads != true)
        {
            return RestProblems.Forbidden($"User {caller.UserName} is not allowed to modify lead information.");
        }

        var campaign = await campaigns.CampaignOfAsync(leadId);
        if (await leads.GetAsync(leadId) is null)
        {
            return RestProblems.NotFound($"There is no lead {leadId}.");
        }

        if (await OutOfScopeAsync(caller, leadId, campaign) is { } forbidden)
        {
            return forbidden;
        }

        if (fields.Count == 0)
        {
            return RestProblems.Invalid("body", "Send at least one lead field to change.");
        }

        var update = await leads.UpdateFieldsAsync(leadId, fields);
        if (update.Problem is { } problem)
        {
            return RestProblems.Invalid(LeadPatch.JsonName(problem.Field), problem.Message);
        }

        if (!update.Found || await leads.GetAsync(leadId) is not { } changed)
        {
            return RestProblems.NotFound($"There is no lead {leadId}.");
        }

        if (update.Changed)
        {
            // As update_fields does: open screens showing this lead reload the lead form.
            foreach (var session in sessions.All().Where(s => s.LeadOnScreenId() == leadId))
            {
                await sessions.SendAsync(session.AgentUser, new RefreshPanels(["form"]));
            }
        }

        return TypedResults.Ok(LeadDto.From(changed, campaign));
    }

    private static async Task<ProblemHttpResult?> OutOfScopeAsync(RestCaller caller, long leadId, string? campaign) =>
        campaign is not null && (await caller.ScopeAsync()).Allows(campaign)
            ? null
            : RestProblems.Forbidden($"Lead {leadId} belongs to campaign {campaign ?? "(none)"}, which user {caller.UserName} may not reach.");
}
