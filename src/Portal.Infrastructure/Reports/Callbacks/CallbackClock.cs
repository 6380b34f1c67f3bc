namespace Portal.Infrastructure.Reports.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>Now and the start of today (local midnight): what a callback's standing is measured against.</summary>
internal readonly record struct CallbackClock(DateTimeOffset Now, DateTimeOffset TodayStart)
{
    public CallbackStanding StandingOf(Callback callback) =>
        callback.State == CallbackState.Inactive ? CallbackStanding.Completed
        : callback.DueAt > Now ? CallbackStanding.Scheduled
        : callback.DueAt >= TodayStart ? CallbackStanding.Due
        : CallbackStanding.Overdue;
}
