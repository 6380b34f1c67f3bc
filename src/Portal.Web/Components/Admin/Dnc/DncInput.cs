namespace Portal.Web.Components.Admin.Dnc;

using System.ComponentModel.DataAnnotations;

/// <summary>A number to put on a do-not-call list (the system's when no campaign is chosen).</summary>
public sealed class DncInput
{
    [Required(ErrorMessage = "Enter a phone number.")]
    [RegularExpression(@"^[\s\-.()]*(\d[\s\-.()]*){3,18}$", ErrorMessage = "The phone number has 3 to 18 digits (spaces, dashes, dots and brackets are ignored).")]
    public string PhoneNumber { get; set; } = "";

    public string CampaignId { get; set; } = "";
}
