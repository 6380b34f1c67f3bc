namespace Portal.Domain.Sessions;

/// <summary>What an agent chose when logging in: campaign, phone login and in-groups.</summary>
public sealed record AgentLogin(
    string AgentUser,
    string CampaignId,
    bool CampaignIsManual,
    string PhoneLogin,
    IReadOnlyList<string> InGroups,
    bool Blended)
{
    /// <summary>The phone login: an extension or a number; digits, letters and * # - / _ only (SIP/1001 is fine).</summary>
    public static bool IsValidPhoneLogin(string? phoneLogin) =>
        !string.IsNullOrWhiteSpace(phoneLogin)
        && phoneLogin.Length <= 20
        && phoneLogin.All(c => char.IsAsciiLetterOrDigit(c) || c is '*' or '#' or '-' or '/' or '_');
}
