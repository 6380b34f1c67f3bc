namespace Portal.Web.Components.Supervisor;

using Portal.Domain.Supervision;
using Portal.Infrastructure.Supervision;

/// <summary>
/// One wallboard row flattened for the grid, so every column sorts and filters on a plain value. Built again whenever
/// the wallboard re-reads (a push, or a row's colour band falling due), so the band and time in state are current.
/// </summary>
public sealed record WallboardLine(WallboardRow Row, WallboardBand Band, string BandText, int SecondsInState, string Indicators)
{
    public string Agent => Row.AgentUser;

    public string Name => Row.FullName;

    public string UserGroup => Row.UserGroupId;

    public string Campaign => Row.CampaignId;

    public string State => Row.Session.StateText;

    public string Customer => Row.PhoneNumber ?? "";

    public long? Lead => Row.LeadId;

    public string InGroups => string.Join(' ', Row.Session.InGroups);

    public int CallsToday => Row.CallsToday;

    /// <summary>The row as it is at <paramref name="now"/>, its band and indicators in the viewer's language.</summary>
    public static WallboardLine From(WallboardRow row, DateTimeOffset now, Func<WallboardBand, string> band, Func<WallboardRow, string> indicators)
    {
        var current = WallboardBands.For(row.Session, now);
        return new(row, current, band(current), (int)Math.Max(0, (now - row.Session.StateSince).TotalSeconds), indicators(row));
    }
}
