namespace Portal.Domain.Campaigns;

using Portal.Domain.Validation;

/// <summary>An inbound queue.</summary>
public sealed class InGroup(string id, string name, string color, int priority)
{
    public const int MinIdLength = 2;
    public const int MaxIdLength = 20;
    public const int MaxNameLength = 100;
    public const int MaxPriority = 99;

    public string Id { get; private set; } = id;
    public string Name { get; private set; } = name;

    /// <summary>A CSS colour for the call's banner on the agent screen.</summary>
    public string Color { get; private set; } = color;

    /// <summary>Higher is answered first.</summary>
    public int Priority { get; private set; } = priority;

    /// <summary>An inactive in-group keeps its calls' history but is not offered to agents and gets no new callers.</summary>
    public bool Active { get; private set; } = true;

    /// <summary>The list new callers' leads are added to (VICIdial's in-group list_id).</summary>
    public long? DefaultListId { get; private set; }

    public static bool IsValidId(string? id) => CodeRules.IsWellFormed(id, MinIdLength, MaxIdLength);

    /// <summary>What is wrong with these in-group settings, by field; empty when they can be applied.</summary>
    public static IReadOnlyDictionary<string, string> Validate(string name, string color, int priority) =>
        new ProblemList()
            .Check(CodeRules.IsName(name, MaxNameLength), nameof(Name), $"Enter a name of at most {MaxNameLength} characters.")
            .Check(IsHexColor(color), nameof(Color), "The colour is a hex colour such as #1565c0.")
            .Check(priority is >= 0 and <= MaxPriority, nameof(Priority), $"The priority is from 0 to {MaxPriority}.")
            .ToDictionary();

    public InGroup AddNewCallersTo(long listId)
    {
        DefaultListId = listId;
        return this;
    }

    public void Change(string name, string color, int priority, long? defaultListId)
    {
        ProblemList.ThrowIfAny(Validate(name, color, priority), nameof(name));
        Name = name.Trim();
        Color = color.Trim();
        Priority = priority;
        DefaultListId = defaultListId;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;

    private static bool IsHexColor(string? color) =>
        color?.Trim() is { Length: 7 or 4 } c && c[0] == '#' && c[1..].All(char.IsAsciiHexDigit);
}
