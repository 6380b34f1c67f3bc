namespace Portal.Web.Components.Account;

/// <summary>The sign-in form; the page checks it and answers in the user's language.</summary>
public sealed class LoginInput
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
