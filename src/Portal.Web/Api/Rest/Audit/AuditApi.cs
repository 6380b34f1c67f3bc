namespace Portal.Web.Api.Rest.Audit;

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Reports;

/// <summary>
/// GET /api/v1/audit: the API audit log of every API. Admins see every row; other users the rows the audit report would
/// show them (<see cref="Portal.Infrastructure.Audit.AuditRowScope"/>) and their own calls.
/// </summary>
public static class AuditApi
{
    public const string Tag = "Audit";

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var audit = api.MapGroup("/audit");
        audit.MapGet("/", SearchAsync)
            .Describe(RestFunctions.Audit, "SearchAuditLog", "Pages through the API audit log, newest first, by time range, user, agent, function and result.", Tag);
        return audit;
    }

    private static async Task<Results<Ok<AuditPageDto>, ValidationProblem>> SearchAsync(
        RestCaller caller,
        ApiAuditSearch search,
        ReportAccess access,
        [Description("From this time (inclusive), ISO 8601.")] string? from = null,
        [Description("Before this time, ISO 8601.")] string? to = null,
        [Description("The API user who called.")] string? user = null,
        [Description("The agent the call was about.")] string? agent = null,
        [Description("The function, e.g. external_pause.")] string? function = null,
        [Description("SUCCESS, ERROR or NOTICE.")] string? result = null,
        [Description("Page number, from 1.")] string? page = null,
        [Description("Entries per page, 1 to 500 (default 50).")] string? pageSize = null)
    {
        var errors = new QueryErrors();
        var query = new ApiAuditQuery(
            errors.Time("from", from), errors.Time("to", to), QueryErrors.Text(user), QueryErrors.Text(agent), QueryErrors.Text(function), QueryErrors.Text(result)?.ToUpperInvariant(),
            errors.Number("page", page, 1, 100_000) ?? 1, errors.Number("pageSize", pageSize, 1, ApiAuditQuery.MaxPageSize) ?? ApiAuditQuery.DefaultPageSize);
        if (errors.Problem() is { } problem)
        {
            return problem;
        }

        var found = await search.SearchAsync(query, caller.UserName, await access.ScopeOfAsync(caller.UserName));
        caller.AuditData = $"{found.Rows.Count} of {found.Total}";
        return TypedResults.Ok(new AuditPageDto([.. found.Rows.Select(AuditEntryDto.From)], found.Page, found.PageSize, found.Total));
    }
}
