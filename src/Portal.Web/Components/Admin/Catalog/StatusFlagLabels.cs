namespace Portal.Web.Components.Admin.Catalog;

using Portal.Domain.Campaigns;

/// <summary>
/// The status flags in the order the form shows them, each with its resource key on the statuses page: the key names the
/// form's label, "Short" + the key the list's word.
/// </summary>
public static class StatusFlagLabels
{
    public static readonly IReadOnlyList<(StatusFlags Flag, string Key)> All =
    [
        (StatusFlags.Selectable, "FlagSelectable"),
        (StatusFlags.HumanAnswered, "FlagHumanAnswered"),
        (StatusFlags.Sale, "FlagSale"),
        (StatusFlags.Dnc, "FlagDnc"),
        (StatusFlags.ScheduledCallback, "FlagCallback"),
        (StatusFlags.Completed, "FlagCompleted"),
    ];

    /// <summary>The list-word keys of the flags set.</summary>
    public static IEnumerable<string> ShortKeys(StatusFlags flags) =>
        All.Where(f => flags.HasFlag(f.Flag)).Select(f => "Short" + f.Key);
}
