namespace Portal.Domain.Leads;

using Portal.Domain.Validation;

/// <summary>A list of leads that belongs to a campaign (VICIdial's vicidial_lists).</summary>
public sealed class LeadList(long id, string name, string campaignId)
{
    public const long MaxId = 99_999_999_999;
    public const int MaxNameLength = 100;

    public long Id { get; private set; } = id;
    public string Name { get; private set; } = name;
    public string CampaignId { get; private set; } = campaignId;

    /// <summary>An inactive list keeps its leads (and their history) but is not dialled or used for new manual-dial leads.</summary>
    public bool Active { get; private set; } = true;

    public static bool IsValidId(long id) => id is > 0 and <= MaxId;

    public static string? NameProblem(string? name) =>
        CodeRules.IsName(name, MaxNameLength) ? null : $"Enter a name of at most {MaxNameLength} characters.";

    public void Change(string name, string campaignId)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        Name = name.Trim();
        CampaignId = campaignId;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;
}
