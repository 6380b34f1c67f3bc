namespace Portal.Web.Components.Supervisor;

using Portal.Infrastructure.Supervision;

/// <summary>The wallboard's sort: by any column, ascending or descending, ties broken by user so rows stay put.</summary>
public sealed record WallboardSort(WallboardColumn Column = WallboardColumn.User, bool Descending = false)
{
    /// <summary>Clicking the sorted column reverses it; another column sorts ascending.</summary>
    public WallboardSort Toggle(WallboardColumn column) => column == Column ? this with { Descending = !Descending } : new(column);

    /// <summary>The header's aria-sort value for a column.</summary>
    public string AriaSort(WallboardColumn column) => column != Column ? "none" : Descending ? "descending" : "ascending";

    public IReadOnlyList<WallboardRow> Apply(IEnumerable<WallboardRow> rows)
    {
        var ordered = Column switch
        {
            WallboardColumn.FullName => By(rows, r => r.FullName),
            WallboardColumn.UserGroup => By(rows, r => r.UserGroupId),
            WallboardColumn.Campaign => By(rows, r => r.CampaignId),
            WallboardColumn.State => By(rows, r => r.Session.StateText),
            // Longest in state first reads "time in state" descending: the earliest StateSince.
            WallboardColumn.TimeInState => Descending ? rows.OrderBy(r => r.Session.StateSince) : rows.OrderByDescending(r => r.Session.StateSince),
            WallboardColumn.Customer => By(rows, r => r.PhoneNumber ?? ""),
            WallboardColumn.Lead => Descending ? rows.OrderByDescending(r => r.LeadId ?? -1) : rows.OrderBy(r => r.LeadId ?? -1),
            WallboardColumn.InGroups => By(rows, r => string.Join(' ', r.Session.InGroups)),
            WallboardColumn.CallsToday => Descending ? rows.OrderByDescending(r => r.CallsToday) : rows.OrderBy(r => r.CallsToday),
            _ => By(rows, r => r.AgentUser),
        };
        return [.. ordered.ThenBy(r => r.AgentUser, StringComparer.Ordinal)];
    }

    private IOrderedEnumerable<WallboardRow> By(IEnumerable<WallboardRow> rows, Func<WallboardRow, string> key) =>
        Descending ? rows.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : rows.OrderBy(key, StringComparer.OrdinalIgnoreCase);
}
