namespace Portal.Web.Components.Admin.Catalog;

using System.ComponentModel.DataAnnotations;
using Portal.Infrastructure.Admin.Catalog;

/// <summary>The in-group form; property names match the in-group's.</summary>
public sealed class InGroupInput
{
    [Required(ErrorMessage = "Enter an in-group id.")]
    [RegularExpression(@"^[A-Za-z0-9_-]{2,20}$", ErrorMessage = "An in-group id has 2 to 20 letters, digits, - or _.")]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(100, ErrorMessage = "The name has at most 100 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose a colour.")]
    [RegularExpression("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", ErrorMessage = "The colour is a hex colour such as #1565c0.")]
    public string Color { get; set; } = "#1565c0";

    [Range(0, 99, ErrorMessage = "The priority is from 0 to 99.")]
    public int Priority { get; set; }

    /// <summary>Empty: new callers' leads go to the first list.</summary>
    public string DefaultListId { get; set; } = "";

    public InGroupSettings ToSettings() =>
        new(Name, Color, Priority, long.TryParse(DefaultListId, System.Globalization.CultureInfo.InvariantCulture, out var list) ? list : null);

    public static InGroupInput From(InGroupSummary g) => new()
    {
        Id = g.Id,
        Name = g.Settings.Name,
        Color = g.Settings.Color,
        Priority = g.Settings.Priority,
        DefaultListId = g.Settings.DefaultListId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
