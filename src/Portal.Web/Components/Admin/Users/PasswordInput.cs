namespace Portal.Web.Components.Admin.Users;

using System.ComponentModel.DataAnnotations;

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Enter the new password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
