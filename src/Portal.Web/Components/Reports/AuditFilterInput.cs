namespace Portal.Web.Components.Reports;

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Reports.Audit;

/// <summary>The audit log filter as the form and the CSV link carry it: local times, whole-value text filters.</summary>
public sealed class AuditFilterInput : IValidatableObject
{
    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? ApiUser { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? AgentUser { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? Function { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? Result { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? ApiScript { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && to <= from)
        {
            yield return new ValidationResult(AuditLogFilter.EndNotAfterStart, [nameof(To)]);
        }
    }

    public AuditLogFilter ToFilter(TimeZoneInfo zone) => new()
    {
        From = From is { } from ? ReportClock.ToInstant(from, zone) : null,
        To = To is { } to ? ReportClock.ToInstant(to, zone) : null,
        ApiUser = ApiUser,
        AgentUser = AgentUser,
        Function = Function,
        Result = Result,
        ApiScript = ApiScript,
    };

    public string ToQueryString() => ReportQuery.Build(
        ("from", ReportQuery.Format(From)),
        ("to", ReportQuery.Format(To)),
        ("apiUser", ApiUser),
        ("agentUser", AgentUser),
        ("function", Function),
        ("result", Result),
        ("apiScript", ApiScript));

    public static AuditFilterInput FromQuery(IQueryCollection query, ICollection<ValidationResult> errors) => new()
    {
        From = ReportQuery.LocalDateTime(query, "from", errors),
        To = ReportQuery.LocalDateTime(query, "to", errors),
        ApiUser = ReportQuery.Text(query, "apiUser", errors),
        AgentUser = ReportQuery.Text(query, "agentUser", errors),
        Function = ReportQuery.Text(query, "function", errors),
        Result = ReportQuery.Text(query, "result", errors),
        ApiScript = ReportQuery.Text(query, "apiScript", errors),
    };
}
