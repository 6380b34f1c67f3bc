namespace Portal.Web.Components.Reports;

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Portal.Infrastructure.Reports.Callbacks;

/// <summary>The callback report's filter: campaign, owning agent, standing and a range of due days.</summary>
public sealed class CallbackFilterInput : IValidatableObject
{
    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? CampaignId { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? AgentUser { get; set; }

    public CallbackStanding? Standing { get; set; }

    public DateOnly? DueFrom { get; set; }

    public DateOnly? DueTo { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ToFilter().Problem is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(DueTo)]);
        }
    }

    public CallbackFilter ToFilter() => new()
    {
        CampaignId = string.IsNullOrWhiteSpace(CampaignId) ? null : CampaignId.Trim(),
        AgentUser = string.IsNullOrWhiteSpace(AgentUser) ? null : AgentUser.Trim(),
        Standing = Standing,
        DueFrom = DueFrom,
        DueTo = DueTo,
    };

    public string ToQueryString() => ReportQuery.Build(
        ("campaignId", CampaignId),
        ("agentUser", AgentUser),
        ("standing", Standing?.ToString()),
        ("dueFrom", ReportQuery.Format(DueFrom)),
        ("dueTo", ReportQuery.Format(DueTo)));

    public static CallbackFilterInput FromQuery(IQueryCollection query, ICollection<ValidationResult> errors) => new()
    {
        CampaignId = ReportQuery.Text(query, "campaignId", errors),
        AgentUser = ReportQuery.Text(query, "agentUser", errors),
        Standing = ReportQuery.Choice<CallbackStanding>(query, "standing", errors),
        DueFrom = ReportQuery.Date(query, "dueFrom", errors),
        DueTo = ReportQuery.Date(query, "dueTo", errors),
    };
}
