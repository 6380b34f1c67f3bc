namespace Portal.Domain.Campaigns;

using Portal.Domain.Sessions;

/// <summary>A reason for pausing. <see cref="CampaignId"/> null means every campaign may use it.</summary>
public sealed class PauseCode
{
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

    public void Change(string name, bool billable)
    {
        Name = name;
        Billable = billable;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}
