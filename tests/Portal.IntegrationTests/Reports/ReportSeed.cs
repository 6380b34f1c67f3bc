namespace Portal.IntegrationTests.Reports;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Callbacks;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Reports;
using Portal.Infrastructure.Sessions;

/// <summary>Writes report source rows (agent log, call log, callbacks, API log) straight into a test portal's database.</summary>
internal static class ReportSeed
{
    /// <summary>Local midnight at the start of <paramref name="day"/> in the server's (this process's) time zone.</summary>
    public static DateTimeOffset Midnight(DateOnly day) => ReportClock.DayBounds(day, TimeProvider.System.LocalTimeZone).Start;

    public static AgentLogEntry Stretch(string agent, string campaign, string state, DateTimeOffset start, TimeSpan length, string? pauseCode = null, string? status = null) =>
        new()
        {
            AgentUser = agent,
            CampaignId = campaign,
            State = state,
            PauseCode = pauseCode,
            StartedAt = start,
            EndedAt = start + length,
            DurationSeconds = length.TotalSeconds,
            Status = status,
        };

    public static CallLogEntry Call(string agent, string campaign, DateTimeOffset start, string? status) =>
        new()
        {
            CallId = "seed-" + Guid.NewGuid().ToString("N")[..10],
            AgentUser = agent,
            CampaignId = campaign,
            PhoneNumber = "3125550100",
            Direction = "OUTBOUND",
            StartedAt = start,
            EndedAt = start.AddMinutes(1),
            TalkSeconds = 60,
            Status = status,
        };

    public static ApiLogEntry ApiRow(
        DateTimeOffset at, string function, string agent = "", string user = "api", string result = "SUCCESS", string script = "agent", string source = "seed") =>
        new()
        {
            ApiDate = at,
            User = user,
            AgentUser = agent,
            Function = function,
            Value = "",
            Result = result,
            ResultReason = $"{function} function set",
            Source = source,
            ApiScript = script,
            RunTimeSeconds = 0.004,
            RemoteIp = "127.0.0.1",
            Url = $"/agc/api.php?function={function}&pass=XXXXXXXX",
        };

    /// <summary>A callback scheduled by <paramref name="agent"/> (lead 1 unless told), optionally already completed.</summary>
    public static Callback ScheduledCallback(string agent, string campaign, DateTimeOffset dueAt, bool completed = false, long leadId = 1, string comments = "")
    {
        var callback = Callback.Schedule(
            leadId, campaign, dueAt, CallbackType.UserOnly, agent, comments, DateTimeOffset.UtcNow.AddDays(-10));
        if (completed)
        {
            callback.Complete();
        }

        return callback;
    }

    public static async Task AddAsync(this PortalFactory factory, params object[] rows)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
