namespace Portal.Web.Components.Admin;

using System.ComponentModel.DataAnnotations;

/// <summary>The new-key form: a name that says which integration uses the key, and the user whose permissions it carries.</summary>
public sealed class ApiKeyInput
{
    [Required(ErrorMessage = "Name the key after the integration that will use it.")]
    [StringLength(100, ErrorMessage = "A key name has at most 100 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose the user whose permissions the key carries.")]
    public string? UserName { get; set; }
}
