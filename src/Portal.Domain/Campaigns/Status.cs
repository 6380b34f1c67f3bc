namespace Portal.Domain.Campaigns;

using Portal.Domain.Sessions;

/// <summary>A disposition. <see cref="CampaignId"/> null marks a system status every campaign has.</summary>
public sealed class Status
{
    public const int MaxNameLength = 30;

    public Status(string code, string name, StatusFlags flags, string? campaignId = null)
    {
        if (!StatusCodeRules.IsWellFormed(code))
        {
            throw new ArgumentException($"A status code has 1 to {StatusCodeRules.MaxLength} letters, digits, - or _.", nameof(code));
        }

        Code = code;
        Name = name;
        Flags = flags;
        CampaignId = campaignId;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public StatusFlags Flags { get; private set; }
    public string? CampaignId { get; private set; }

    /// <summary>An inactive status is kept (calls and leads still carry it) but is no longer offered.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>What is wrong with a status name; null when it is fine.</summary>
    public static string? NameProblem(string? name) =>
        Validation.CodeRules.IsName(name, MaxNameLength) ? null : $"Enter a name of at most {MaxNameLength} characters.";

    public void Rename(string name)
    {
        if (NameProblem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        Name = name.Trim();
    }

    public void ChangeFlags(StatusFlags flags) => Flags = flags;

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;

    public bool Selectable => Flags.HasFlag(StatusFlags.Selectable);
    public bool IsScheduledCallback => Flags.HasFlag(StatusFlags.ScheduledCallback);
    public bool IsDnc => Flags.HasFlag(StatusFlags.Dnc);
}
