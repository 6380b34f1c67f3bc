namespace Portal.Web.Api.Rest.Audit;

using Portal.Infrastructure.Audit;

/// <summary>One audited API call (VICIdial's vicidial_api_log columns, plus the surface, run time, address and URL).</summary>
/// <param name="ApiScript">Which API: agent (/agc/api.php) or rest (/api/v1).</param>
/// <param name="Result">SUCCESS, ERROR or NOTICE.</param>
public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset At,
    string User,
    string AgentUser,
    string Function,
    string Value,
    string Result,
    string ResultReason,
    string Source,
    string Data,
    string ApiScript,
    double RunTimeSeconds,
    string? RemoteIp,
    string Url)
{
    public static AuditEntryDto From(ApiLogEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.ApiDate, e.User, e.AgentUser, e.Function, e.Value, e.Result, e.ResultReason, e.Source, e.Data, e.ApiScript, e.RunTimeSeconds, e.RemoteIp, e.Url);
    }
}
