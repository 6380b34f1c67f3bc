namespace Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>VICIdial's in-group list format: <c>" G1 G2 -"</c> — space-separated ids ending with a dash.</summary>
internal static class InGroupChoices
{
    /// <summary>
    /// The in-group ids of a list: the trailing dash removed, split on spaces, tokens shorter than 2 ignored. Unlike
    /// VICIdial (which skips the first token, expecting the leading space) every token counts.
    /// </summary>
    public static IReadOnlyList<string> Parse(string choices)
    {
        var list = choices.TrimEnd();
        if (list.EndsWith('-'))
        {
            list = list[..^1];
        }

        return [.. list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length >= 2).Distinct(StringComparer.Ordinal)];
    }

    public static string Format(IReadOnlyCollection<string> inGroups) => inGroups.Count == 0 ? " -" : $" {string.Join(' ', inGroups)} -";
}
