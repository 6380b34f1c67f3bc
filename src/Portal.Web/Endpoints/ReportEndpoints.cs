namespace Portal.Web.Endpoints;

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.AgentTime;
using Portal.Infrastructure.Reports.Audit;
using Portal.Infrastructure.Reports.Callbacks;
using Portal.Web.Components.Reports;

/// <summary>
/// CSV downloads of the supervisor reports, with the same query parameters as each report page's download link.
/// Bad filters answer 400 with a validation problem naming the parameter; the services enforce the viewer's scope.
/// </summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder routes)
    {
        // Downloads a browser follows from the report pages: a signed-out visitor goes to the login page (.NET 10 answers
        // 401/403 to TypedResults endpoints unless they allow the cookie redirect).
        var group = routes.MapGroup("/reports").WithTags("Reports").RequireAuthorization(WebServices.SupervisorPolicy).AllowCookieRedirect();
        group.MapGet("/audit.csv", AuditCsvAsync)
            .WithName("AuditLogCsv").WithSummary("The API audit log as CSV, newest first (from, to, apiUser, agentUser, function, result, apiScript).");
        group.MapGet("/agent-time.csv", AgentTimeCsvAsync)
            .WithName("AgentTimeCsv").WithSummary("Agent time for one day as CSV (day, campaignId).");
        group.MapGet("/callbacks.csv", CallbacksCsvAsync)
            .WithName("CallbacksCsv").WithSummary("Callbacks as CSV (campaignId, agentUser, standing, dueFrom, dueTo).");
        return group;
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, ForbidHttpResult>> AuditCsvAsync(
        HttpContext context, IAuditLogReport report, TimeProvider time)
    {
        var errors = new List<ValidationResult>();
        var input = AuditFilterInput.FromQuery(context.Request.Query, errors);
        return ExportAsync(context, input, errors, () => report.ExportAsync(Viewer(context), input.ToFilter(time.LocalTimeZone), context.RequestAborted));
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, ForbidHttpResult>> AgentTimeCsvAsync(HttpContext context, IAgentTimeReport report)
    {
        var errors = new List<ValidationResult>();
        var input = AgentTimeFilterInput.FromQuery(context.Request.Query, errors);
        return ExportAsync(context, input, errors, () => report.ExportAsync(Viewer(context), input.ToFilter(), context.RequestAborted));
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, ForbidHttpResult>> CallbacksCsvAsync(HttpContext context, ICallbackReport report)
    {
        var errors = new List<ValidationResult>();
        var input = CallbackFilterInput.FromQuery(context.Request.Query, errors);
        return ExportAsync(context, input, errors, () => report.ExportAsync(Viewer(context), input.ToFilter(), context.RequestAborted));
    }

    /// <summary>Validates the parsed filter, then streams the export the service prepared (access already checked).</summary>
    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ForbidHttpResult>> ExportAsync(
        HttpContext context, object input, List<ValidationResult> errors, Func<Task<CsvExport>> prepare)
    {
        if (!ReportQuery.IsValid(input, errors))
        {
            return TypedResults.ValidationProblem(ReportQuery.ByParameter(errors));
        }

        try
        {
            var export = await prepare();
            return TypedResults.Stream(stream => export.WriteToAsync(stream, context.RequestAborted), "text/csv; charset=utf-8", export.FileName);
        }
        catch (UnauthorizedAccessException)
        {
            return TypedResults.Forbid();
        }
        catch (ArgumentException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = [ex.Message] });
        }
    }

    private static string Viewer(HttpContext context) => context.User.Identity?.Name ?? "";
}
