namespace Portal.Web.Components.Admin.Catalog;

using Portal.Domain.Campaigns;

/// <summary>What each status flag means, in the admin's words.</summary>
public static class StatusFlagLabels
{
    public static readonly IReadOnlyList<(StatusFlags Flag, string Label)> All =
    [
        (StatusFlags.Selectable, "Selectable by agents"),
        (StatusFlags.HumanAnswered, "Human answered"),
        (StatusFlags.Sale, "Sale"),
        (StatusFlags.Dnc, "Do not call (adds the number to the DNC list)"),
        (StatusFlags.ScheduledCallback, "Scheduled callback (asks for a date and time)"),
        (StatusFlags.Completed, "Completed"),
    ];

    public static string Describe(StatusFlags flags)
    {
        var names = All.Where(f => flags.HasFlag(f.Flag)).Select(f => f.Flag switch
        {
            StatusFlags.Selectable => "selectable",
            StatusFlags.HumanAnswered => "human answered",
            StatusFlags.Sale => "sale",
            StatusFlags.Dnc => "DNC",
            StatusFlags.ScheduledCallback => "callback",
            _ => "completed",
        }).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
