namespace Portal.Web.Components.Account;

using System.ComponentModel.DataAnnotations;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your username.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
