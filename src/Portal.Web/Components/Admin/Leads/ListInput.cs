namespace Portal.Web.Components.Admin.Leads;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Leads;

/// <summary>The lead-list form.</summary>
public sealed class ListInput
{
    [Range(1, LeadList.MaxId, ErrorMessage = "A list id is a number from 1 to 99999999999.")]
    public long Id { get; set; }

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(LeadList.MaxNameLength, ErrorMessage = "The name has at most 100 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the campaign that dials this list.")]
    public string CampaignId { get; set; } = "";
}
