namespace Portal.Web.Api.Rest.Callbacks;

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Callbacks;

/// <summary>/api/v1/callbacks: scheduled callbacks in the campaigns the key's user may reach; list, read, schedule.</summary>
public static class CallbacksApi
{
    public const string Tag = "Callbacks";

    public static RouteGroupBuilder MapCallbacksEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var callbacks = api.MapGroup("/callbacks");
        callbacks.MapGet("/", ListAsync)
            .Describe(RestFunctions.ListCallbacks, "ListCallbacks", "Lists scheduled callbacks, earliest due first, filtered by agent, campaign, state and due time.", Tag);
        callbacks.MapGet("/{callbackId:long}", GetAsync)
            .Describe(RestFunctions.ListCallbacks, "GetCallback", "Shows one scheduled callback.", Tag)
            .ProducesProblem(StatusCodes.Status404NotFound);
        callbacks.MapPost("/", ScheduleAsync)
            .Describe(RestFunctions.ScheduleCallback, "ScheduleCallback", "Schedules a callback for a lead (ANYONE or USERONLY).", Tag);
        return callbacks;
    }

    private static async Task<Results<Ok<IReadOnlyList<CallbackDto>>, ValidationProblem>> ListAsync(
        RestCaller caller,
        ScheduledCallbacks callbacks,
        [Description("Only this agent's callbacks (who scheduled them; the owner of USERONLY ones).")] string? agent = null,
        [Description("Only this campaign's callbacks.")] string? campaign = null,
        [Description("ACTIVE (scheduled), LIVE (due) or INACTIVE (done).")] string? state = null,
        [Description("Due at or after this time (ISO 8601 with an offset).")] string? dueFrom = null,
        [Description("Due before this time (ISO 8601 with an offset).")] string? dueTo = null,
        [Description("At most this many (1 to 1000, default 100).")] string? limit = null)
    {
        var errors = new QueryErrors();
        var query = new CallbackQuery(
            QueryErrors.Text(agent), QueryErrors.Text(campaign), errors.Enum<CallbackState>("state", state), errors.Time("dueFrom", dueFrom), errors.Time("dueTo", dueTo),
            errors.Number("limit", limit, 1, CallbackQuery.MaxLimit) ?? CallbackQuery.DefaultLimit);
        if (errors.Problem() is { } problem)
        {
            return problem;
        }

        var found = await callbacks.SearchAsync(query, await caller.ScopeAsync());
        caller.AuditData = $"{found.Count} callbacks";
        return TypedResults.Ok<IReadOnlyList<CallbackDto>>([.. found.Select(CallbackDto.From)]);
    }

    private static async Task<Results<Ok<CallbackDto>, ProblemHttpResult>> GetAsync(long callbackId, RestCaller caller, ScheduledCallbacks callbacks)
    {
        caller.AuditValue = $"{callbackId}";
        var callback = await callbacks.FindAsync(callbackId);
        if (callback is null)
        {
            return RestProblems.NotFound($"There is no callback {callbackId}.");
        }

        return (await caller.ScopeAsync()).Allows(callback.CampaignId)
            ? TypedResults.Ok(CallbackDto.From(callback))
            : RestProblems.Forbidden($"Callback {callbackId} belongs to campaign {callback.CampaignId}, which user {caller.UserName} may not reach.");
    }

    private static async Task<Results<Created<CallbackDto>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        JsonBody<NewCallbackRequest> body, RestCaller caller, ScheduledCallbacks callbacks, Portal.Infrastructure.AgentApi.Leads.AgentApiUsers users)
    {
        var request = body.Value!;
        caller.AuditValue = $"lead {request.LeadId}";
        if (request.LeadId is not { } leadId)
        {
            return RestProblems.Invalid("leadId", "Give the lead to call back.");
        }

        if (request.DueAt is not { } dueAt)
        {
            return RestProblems.Invalid("dueAt", "Give the time to call back.");
        }

        if ((await users.RightsAsync(caller.UserName))?.ModifyLeads != true)
        {
            return RestProblems.Forbidden($"User {caller.UserName} is not allowed to modify lead information.");
        }

        var scheduled = await callbacks.ScheduleAsync(
            new NewCallback(leadId, QueryErrors.Text(request.CampaignId), dueAt, request.Type, QueryErrors.Text(request.AgentUser), request.Comments), caller.UserName, await caller.ScopeAsync());
        if (scheduled.Callback is not { } callback)
        {
            return scheduled.IsForbidden ? RestProblems.Forbidden(scheduled.Problem!) : RestProblems.Invalid(scheduled.Field!, scheduled.Problem!);
        }

        caller.AuditData = $"callback {callback.Id}";
        return TypedResults.Created($"/api/v1/callbacks/{callback.Id}", CallbackDto.From(callback));
    }
}
