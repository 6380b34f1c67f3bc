namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Supervision;
using Portal.Infrastructure.Telephony;

/// <summary>The wallboard's remote control on live calls: hang up, disposition, log out, record, dial, monitor.</summary>
public sealed class RemoteControlCallTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>
{
    private const string Supervisor = "super";

    private IRemoteControl Remote => factory.Get<IRemoteControl>();

    [Fact]
    public async Task Emergency_logout_on_a_call_hangs_up_the_customer_and_ends_the_session()
    {
        var session = await factory.LogInOnAnsweredCallAsync("1001");

        var result = await Remote.EmergencyLogOutAsync(Supervisor, "1001");

        Assert.True(result.Succeeded, result.Message);
        Assert.Null(factory.Session("1001"));
        Assert.Empty(factory.Get<SimulatedPbx>().ListenersOf(session.Call!.CallId));
        Assert.DoesNotContain(factory.Get<Portal.Infrastructure.Calls.CallRegistry>().All(), c => c.CallId == session.Call.CallId);
    }

    [Fact]
    public async Task Logout_on_a_call_waits_for_the_end_of_the_call()
    {
        await factory.LogInOnAnsweredCallAsync("1002");

        var result = await Remote.LogOutAsync(Supervisor, "1002");

        Assert.Equal(new RemoteResult(true, "1002 will log out after the call."), result);
        Assert.True(factory.Session("1002")?.LogoutAfterDispo);
    }

    [Fact]
    public async Task Hang_up_then_set_disposition_finishes_the_call()
    {
        await factory.LogInOnAnsweredCallAsync("1003");

        var hungUp = await Remote.HangUpAsync(Supervisor, "1003");
        Assert.Equal(CallEndReason.SupervisorHangup, factory.Session("1003")?.Call?.EndReason);
        var dispositioned = await Remote.SetDispositionAsync(Supervisor, "1003", "SALE");

        Assert.True(hungUp.Succeeded, hungUp.Message);
        Assert.True(dispositioned.Succeeded, dispositioned.Message);
        Assert.Equal(AgentState.Paused, factory.Session("1003")?.State);
        var rows = await factory.WaitForRemoteRowsAsync("1003", 2);
        Assert.Equal(["hangup", "set_disposition"], rows.Select(r => r.Function));
    }

    [Fact]
    public async Task Set_disposition_refuses_a_callback_status_and_an_agent_not_in_wrap_up()
    {
        await factory.LogInToDispositionAsync("1004");
        await factory.LogInAsync("1005");

        var callback = await Remote.SetDispositionAsync(Supervisor, "1004", "CALLBK");
        var notInWrapUp = await Remote.SetDispositionAsync(Supervisor, "1005", "SALE");

        Assert.Equal("CALLBK is not a status of campaign TESTCAMP a supervisor can set.", callback.Message);
        Assert.Equal("1005 is not in wrap-up: there is no call to disposition.", notInWrapUp.Message);
        Assert.Equal(AgentState.Dispo, factory.Session("1004")?.State);
    }

    [Fact]
    public async Task Monitor_barge_and_stop_go_through_the_telephony_port_and_show_on_the_wallboard()
    {
        var session = await factory.LogInOnAnsweredCallAsync("1006");
        var callId = session.Call!.CallId;

        var listened = await Remote.MonitorAsync(Supervisor, "1006", MonitorMode.Listen);
        var barged = await Remote.MonitorAsync(Supervisor, "1006", MonitorMode.Barge);
        var row = await WallboardRowAsync("1006");
        var onCall = factory.Get<SimulatedPbx>().ListenersOf(callId);
        var stopped = await Remote.StopMonitoringAsync(Supervisor, "1006");

        Assert.True(listened.Succeeded && barged.Succeeded && stopped.Succeeded, $"{listened.Message} {barged.Message} {stopped.Message}");
        Assert.Equal([new CallListener(callId, Supervisor, MonitorMode.Barge)], onCall);
        Assert.Equal([(Supervisor, MonitorMode.Barge)], row.Monitors.Select(m => (m.SupervisorUser, m.Mode)));
        Assert.Empty(factory.Get<SimulatedPbx>().ListenersOf(callId));
        Assert.Contains($"Monitor {callId} {Supervisor} Listen", factory.Probe.Actions);
        Assert.Contains($"StopMonitor {callId} {Supervisor}", factory.Probe.Actions);
    }

    [Fact]
    public async Task Monitoring_ends_with_the_call()
    {
        var session = await factory.LogInOnAnsweredCallAsync("1007");
        await Remote.MonitorAsync(Supervisor, "1007", MonitorMode.Whisper);

        await Remote.HangUpAsync(Supervisor, "1007");

        await Eventually.UntilAsync(
            () => Task.FromResult(factory.Get<CallMonitors>().All()), all => all.All(m => m.AgentUser != "1007"), "the monitor of 1007 to end");
        Assert.Empty(factory.Get<SimulatedPbx>().ListenersOf(session.Call!.CallId));
    }

    [Fact]
    public async Task Monitoring_an_agent_who_is_not_on_a_call_is_refused()
    {
        await factory.LogInAsync("1008");

        var result = await Remote.MonitorAsync(Supervisor, "1008", MonitorMode.Listen);

        Assert.Equal(new RemoteResult(false, "1008 is not on a live call to monitor."), result);
    }

    [Fact]
    public async Task Dial_for_a_paused_agent_places_the_call_and_is_refused_for_a_ready_one()
    {
        await factory.LogInAsync("1009");
        await factory.LogInReadyAsync("1010");

        var dialled = await Remote.DialAsync(Supervisor, "1009", DialOutcomesFactory.AnswerNumber);
        var refused = await Remote.DialAsync(Supervisor, "1010", DialOutcomesFactory.AnswerNumber);

        Assert.True(dialled.Succeeded, dialled.Message);
        Assert.Equal(DialOutcomesFactory.AnswerNumber, factory.Session("1009")?.Call?.PhoneNumber);
        Assert.Equal("1010 must be paused before you dial for them.", refused.Message);
    }

    [Fact]
    public async Task Recording_starts_and_stops_on_the_agents_call()
    {
        await factory.LogInOnAnsweredCallAsync("1011");

        var started = await Remote.RecordAsync(Supervisor, "1011", start: true);
        var recording = factory.Session("1011")?.Call?.Has(CallFlags.Recording);
        var stopped = await Remote.RecordAsync(Supervisor, "1011", start: false);

        Assert.True(started.Succeeded && stopped.Succeeded, $"{started.Message} {stopped.Message}");
        Assert.True(recording);
        Assert.False(factory.Session("1011")?.Call?.Has(CallFlags.Recording));
    }

    [Fact]
    public async Task In_groups_change_and_blended_is_refused_in_a_manual_campaign()
    {
        await factory.LogInAsync("1012");
        await factory.LogInAsync("1013", "INBOUND");

        var changed = await Remote.ChangeInGroupsAsync(Supervisor, "1012", ["SUPPORT"], blended: false);
        var blended = await Remote.ChangeInGroupsAsync(Supervisor, "1013", ["SUPPORT"], blended: true);
        var foreign = await Remote.ChangeInGroupsAsync(Supervisor, "1012", ["NOSUCH"], blended: false);

        Assert.True(changed.Succeeded, changed.Message);
        Assert.Equal(["SUPPORT"], factory.Session("1012")!.InGroups);
        Assert.False(factory.Session("1012")!.Blended);
        Assert.Equal("Campaign INBOUND does not auto-dial: 1013 cannot be blended.", blended.Message);
        Assert.Equal("Choose only in-groups of campaign TESTCAMP.", foreign.Message);
    }

    [Fact]
    public async Task Notification_with_confetti_reaches_the_agent_and_is_audited_with_the_recipient()
    {
        await factory.LogInAsync("1014");
        using var inbox = NotificationInbox.Open(factory, "1014");

        var result = await Remote.NotifyAsync(
            Supervisor, new RemoteNotification(NotificationRecipientType.User, "1014", "Great call!", 20, "#2E7D32", Bold: true, Confetti: true));

        Assert.True(result.Succeeded, result.Message);
        var shown = (await inbox.WaitForOneAsync()).Notification;
        Assert.Equal(("Great call!", Supervisor, "#2E7D32", "bold", true), (shown.Text, shown.From, shown.TextColor, shown.TextWeight, shown.Confetti));
        var row = Assert.Single(await factory.WaitForRemoteRowsAsync("1014"));
        Assert.Equal(("send_notification", "USER", "SUCCESS"), (row.Function, row.Value, row.Result));
    }

    [Fact]
    public async Task Notification_without_text_or_confetti_is_refused()
    {
        var result = await Remote.NotifyAsync(Supervisor, new RemoteNotification(NotificationRecipientType.User, "1015", "  "));

        Assert.Equal(new RemoteResult(false, "Write a message or choose confetti."), result);
    }

    private async Task<WallboardRow> WallboardRowAsync(string agentUser)
    {
        var board = factory.Get<Wallboard>();
        var scope = await board.ScopeForAsync(Supervisor);
        var view = await board.ViewAsync(scope, await board.CatalogAsync(scope));
        return view.Agents.Single(a => a.AgentUser == agentUser);
    }
}
