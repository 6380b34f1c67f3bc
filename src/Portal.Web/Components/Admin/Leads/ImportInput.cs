namespace Portal.Web.Components.Admin.Leads;

using System.ComponentModel.DataAnnotations;
using Portal.Infrastructure.Admin.Leads;

/// <summary>The import form: the list, the duplicate check and the DNC check (the file is picked separately).</summary>
public sealed class ImportInput
{
    [Required(ErrorMessage = "Choose the list to import into.")]
    public long? ListId { get; set; }

    public DuplicateCheck Duplicates { get; set; } = DuplicateCheck.List;

    public bool SkipDoNotCall { get; set; } = true;

    [Required(ErrorMessage = "Choose a CSV file.")]
    public string? FileName { get; set; }
}
