namespace Portal.Bench;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>One Agent API function in the call mix: <c>name[=value][:weight]</c>, e.g. <c>calls_in_queue_count=DISPLAY:1</c>.</summary>
internal sealed partial record FunctionSpec(string Name, string? Value, int Weight)
{
    /// <summary>external_pause with no value alternates RESUME and PAUSE per agent, so every call changes a session.</summary>
    public bool AlternatesPause => Name == "external_pause" && Value is null;

    /// <summary>version needs no agent (and no credentials); every other function targets a bench agent.</summary>
    public bool TargetsAgent => Name != "version";

    public static IReadOnlyList<FunctionSpec> ParseList(string text)
    {
        var specs = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();
        if (specs.Count == 0)
        {
            throw new ArgumentException("--functions needs at least one function.");
        }

        if (specs.GroupBy(s => s.Label).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"--functions names {twice.Key} twice.");
        }

        return specs;
    }

    /// <summary>How the function is shown in the report: its name, and its value when fixed.</summary>
    public string Label => Value is null ? Name : $"{Name}={Value}";

    private static FunctionSpec Parse(string item)
    {
        var match = SpecPattern().Match(item);
        if (!match.Success)
        {
            throw new ArgumentException($"--functions: '{item}' is not name[=value][:weight] (letters, digits, - and _).");
        }

        var weight = match.Groups["weight"].Success ? int.Parse(match.Groups["weight"].Value, CultureInfo.InvariantCulture) : 1;
        if (weight < 1)
        {
            throw new ArgumentException($"--functions: the weight of '{item}' must be at least 1.");
        }

        return new FunctionSpec(match.Groups["name"].Value, match.Groups["value"].Success ? match.Groups["value"].Value : null, weight);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_]+)(=(?<value>[A-Za-z0-9_|-]+))?(:(?<weight>\d{1,4}))?$")]
    private static partial Regex SpecPattern();
}
