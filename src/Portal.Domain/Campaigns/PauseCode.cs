namespace Portal.Domain.Campaigns;

using Portal.Domain.Sessions;

/// <summary>A reason for pausing. <see cref="CampaignId"/> null means every campaign may use it.</summary>
public sealed class PauseCode
{
    public const int MaxNameLength = 30;

    public PauseCode(string code, string name, bool billable, string? campaignId = null)
    {
        if (!PauseCodeRules.IsWellFormed(code))
        {
            throw new ArgumentException($"A pause code has 1 to {PauseCodeRules.MaxLength} letters, digits, - or _.", nameof(code));
        }

        Code = code;
        Name = name;
        Billable = billable;
        CampaignId = campaignId;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public bool Billable { get; private set; }
    public string? CampaignId { get; private set; }

    /// <summary>An inactive pause code is kept (the agent log still names it) but is no longer offered.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>What is wrong with a pause code name; null when it is fine.</summary>
    public static string? NameProblem(string? name) =>
        Validation.CodeRules.IsName(name, MaxNameLength) ? null : $"Enter a name of at most {MaxNameLength} characters.";

    public void Change(string name, bool billable)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        Name = name.Trim();
        Billable = billable;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}
