namespace Portal.Web.Components.Reports;

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Portal.Infrastructure.Reports.AgentTime;

/// <summary>The agent time report's filter: a local day and optionally a campaign.</summary>
public sealed class AgentTimeFilterInput
{
    [Required(ErrorMessage = "Choose a day.")]
    public DateOnly? Day { get; set; }

    [StringLength(ReportQuery.MaxTextLength, ErrorMessage = "Use at most 100 characters.")]
    public string? CampaignId { get; set; }

    public AgentTimeFilter ToFilter() =>
        new(Day ?? throw new InvalidOperationException("Validate the input first: no day chosen."), string.IsNullOrWhiteSpace(CampaignId) ? null : CampaignId.Trim());

    public string ToQueryString() => ReportQuery.Build(("day", ReportQuery.Format(Day)), ("campaignId", CampaignId));

    public static AgentTimeFilterInput FromQuery(IQueryCollection query, ICollection<ValidationResult> errors) => new()
    {
        Day = ReportQuery.Date(query, "day", errors),
        CampaignId = ReportQuery.Text(query, "campaignId", errors),
    };
}
