namespace Portal.IntegrationTests;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Sessions;

/// <summary>Due callbacks turn LIVE and alert the agents who may take them.</summary>
public sealed class CallbackAlarmTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly CallbackAlarm _alarm = factory.Get<CallbackAlarm>();

    /// <summary>A callback scheduled yesterday for a minute ago: ACTIVE until the alarm sees it is due.</summary>
    private async Task<Callback> ScheduleOverdueAsync(string agentUser, CallbackType type, string campaignId = "TESTCAMP")
    {
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: int.Parse(agentUser, System.Globalization.CultureInfo.InvariantCulture) - 1000);
        var now = DateTimeOffset.UtcNow;
        var callback = Callback.Schedule(lead.LeadId, campaignId, now.AddMinutes(-1), type, agentUser, $"overdue for {agentUser}", now.AddDays(-1));
        await factory.ChangeAsync(db => db.Callbacks.Add(callback));
        return callback;
    }

    /// <summary>Collects the callback alerts an agent receives.</summary>
    private IDisposable Alerts(string agentUser, ConcurrentQueue<AgentNotification> into) =>
        factory.Get<SessionEventBus>().SubscribeAgent(agentUser, change =>
        {
            foreach (var e in change.Events.OfType<NotificationReceived>().Where(n => n.Notification.From == CallbackAlarm.Sender))
            {
                into.Enqueue(e.Notification);
            }
        });

    private static Task<ConcurrentQueue<AgentNotification>> AlertAboutAsync(ConcurrentQueue<AgentNotification> alerts, Callback callback) =>
        Eventually.UntilAsync(
            () => Task.FromResult(alerts), a => a.Any(n => n.Text.Contains($"lead {callback.LeadId}", StringComparison.Ordinal)), $"an alert for lead {callback.LeadId}");

    [Fact]
    public async Task Overdue_callback_turns_live()
    {
        await factory.LogInAsync("1001");
        var callback = await ScheduleOverdueAsync("1001", CallbackType.UserOnly);

        await _alarm.RaiseDueAsync(CancellationToken.None);

        var state = await Eventually.UntilAsync(
            () => factory.QueryAsync(db => db.Callbacks.Where(c => c.Id == callback.Id).Select(c => c.State).SingleAsync()),
            s => s == CallbackState.Live, "the callback to turn live");
        Assert.Equal(CallbackState.Live, state);
    }

    [Fact]
    public async Task Overdue_user_only_callback_alerts_its_agent()
    {
        await factory.LogInAsync("1002");
        var alerts = new ConcurrentQueue<AgentNotification>();
        using var watch = Alerts("1002", alerts);
        var callback = await ScheduleOverdueAsync("1002", CallbackType.UserOnly);

        await _alarm.RaiseDueAsync(CancellationToken.None);

        var alert = (await AlertAboutAsync(alerts, callback)).First(n => n.Text.Contains($"lead {callback.LeadId}", StringComparison.Ordinal));
        Assert.Equal($"Callback due now for lead {callback.LeadId}: overdue for 1002", alert.Text);
    }

    [Fact]
    public async Task Overdue_user_only_callback_does_not_alert_other_agents_of_the_campaign()
    {
        await factory.LogInAsync("1003");
        await factory.LogInAsync("1004");
        var ownerAlerts = new ConcurrentQueue<AgentNotification>();
        var otherAlerts = new ConcurrentQueue<AgentNotification>();
        using var ownerWatch = Alerts("1003", ownerAlerts);
        using var otherWatch = Alerts("1004", otherAlerts);
        var callback = await ScheduleOverdueAsync("1003", CallbackType.UserOnly);

        await _alarm.RaiseDueAsync(CancellationToken.None);

        // The alarm alerts the owner last for a USERONLY callback, so once they have it nobody else will.
        await AlertAboutAsync(ownerAlerts, callback);
        Assert.DoesNotContain(otherAlerts, n => n.Text.Contains($"lead {callback.LeadId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overdue_anyone_callback_alerts_every_agent_of_its_campaign()
    {
        await factory.LogInAsync("1005");
        await factory.LogInAsync("1006");
        var ownerAlerts = new ConcurrentQueue<AgentNotification>();
        var colleagueAlerts = new ConcurrentQueue<AgentNotification>();
        using var ownerWatch = Alerts("1005", ownerAlerts);
        using var colleagueWatch = Alerts("1006", colleagueAlerts);
        var callback = await ScheduleOverdueAsync("1005", CallbackType.Anyone);

        await _alarm.RaiseDueAsync(CancellationToken.None);

        await AlertAboutAsync(ownerAlerts, callback);
        await AlertAboutAsync(colleagueAlerts, callback);
    }

    [Fact]
    public async Task Callback_not_yet_due_stays_active()
    {
        await factory.LogInAsync("1007");
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: 7);
        var now = DateTimeOffset.UtcNow;
        var callback = Callback.Schedule(lead.LeadId, "TESTCAMP", now.AddHours(1), CallbackType.UserOnly, "1007", "later", now);
        await factory.ChangeAsync(db => db.Callbacks.Add(callback));

        await _alarm.RaiseDueAsync(CancellationToken.None);

        var state = await factory.QueryAsync(db => db.Callbacks.Where(c => c.Id == callback.Id).Select(c => c.State).SingleAsync());
        Assert.Equal(CallbackState.Active, state);
    }

    [Fact]
    public async Task Live_callback_is_listed_as_due_for_its_agent()
    {
        var callback = await ScheduleOverdueAsync("1008", CallbackType.UserOnly);

        await _alarm.RaiseDueAsync(CancellationToken.None);

        var item = Assert.Single(await factory.Get<ICallbackBook>().ForAgentAsync("1008", "TESTCAMP"), c => c.Id == callback.Id);
        Assert.True(item.IsDue);
    }
}
