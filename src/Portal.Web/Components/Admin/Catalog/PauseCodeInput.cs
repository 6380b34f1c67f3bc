namespace Portal.Web.Components.Admin.Catalog;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Campaigns;

/// <summary>The pause-code form.</summary>
public sealed class PauseCodeInput
{
    [Required(ErrorMessage = "Enter a pause code.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{1,6}$", ErrorMessage = "A pause code has 1 to 6 letters, digits, - or _.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(PauseCode.MaxNameLength, ErrorMessage = "The name has at most 30 characters.")]
    public string Name { get; set; } = "";

    public bool Billable { get; set; }
}
