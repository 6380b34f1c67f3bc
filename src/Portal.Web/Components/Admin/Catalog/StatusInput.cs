namespace Portal.Web.Components.Admin.Catalog;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Campaigns;

/// <summary>The status form.</summary>
public sealed class StatusInput
{
    [Required(ErrorMessage = "Enter a status code.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{1,6}$", ErrorMessage = "A status code has 1 to 6 letters, digits, - or _.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(Status.MaxNameLength, ErrorMessage = "The name has at most 30 characters.")]
    public string Name { get; set; } = "";

    public StatusFlags Flags { get; set; } = StatusFlags.Selectable;

    public static StatusInput From(string code, string name, StatusFlags flags) => new() { Code = code, Name = name, Flags = flags };
}
