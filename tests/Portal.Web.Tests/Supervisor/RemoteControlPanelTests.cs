namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Supervision;
using Portal.Web.Components.Supervisor;
using Portal.Web.Tests.Fakes;
using Radzen;

/// <summary>Remote control from a wallboard row: the actions the agent's state allows, confirmations, results.</summary>
public sealed class RemoteControlPanelTests : BunitContext
{
    private readonly FakeRemoteControl _remote = new();

    public RemoteControlPanelTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
        Services.AddSingleton<IRemoteControl>(_remote);
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Force_pause_sends_the_chosen_pause_code_and_shows_the_result()
    {
        _remote.Result = RemoteResult.Done("1001 is paused (LUNCH).");
        var cut = Control(WallboardData.Row("1001", AgentState.Ready));

        cut.Find("#rc-pause-code").Change("LUNCH");
        cut.Button("Force pause").Click();

        Assert.Equal(["force_pause 1001 LUNCH"], _remote.Calls);
        Assert.Equal("1001 is paused (LUNCH).", cut.Find("[role='status'].remote-result").TextContent);
    }

    [Fact]
    public void Log_out_asks_first_and_cancel_does_nothing()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        cut.Button("Log out").Click();
        var question = cut.Find("[role='alertdialog']").TextContent;
        cut.Button("Cancel").Click();

        Assert.Contains("Log 1001 out now?", question);
        Assert.Empty(_remote.Calls);
        Assert.Empty(cut.FindAll("[role='alertdialog']"));
    }

    [Fact]
    public void Emergency_log_out_on_a_call_warns_about_the_customer_and_runs_once_confirmed()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        cut.Button("Emergency log out").Click();
        Assert.Contains("hanging up the customer", cut.Find("[role='alertdialog']").TextContent);
        cut.Button("Yes, log out now").Click();

        Assert.Equal(["emergency_logout 1001"], _remote.Calls);
    }

    [Fact]
    public void Hang_up_is_confirmed_before_it_is_sent()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        cut.Button("Hang up").Click();
        cut.Button("Yes, hang up").Click();

        Assert.Equal(["hangup 1001"], _remote.Calls);
    }

    [Fact]
    public void Refusal_is_shown_as_an_alert()
    {
        _remote.Result = RemoteResult.Refused("1001 is outside your scope: you may not see or control this agent.");
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        cut.Button("Resume (READY)").Click();

        Assert.Equal("1001 is outside your scope: you may not see or control this agent.", cut.Find("[role='alert'].remote-result").TextContent);
    }

    [Fact]
    public void Actions_follow_the_agents_state()
    {
        var inCall = Control(WallboardData.Row("1001", AgentState.InCall)).ButtonTexts();
        var paused = Control(WallboardData.Row("1002", AgentState.Paused)).ButtonTexts();

        Assert.Subset(inCall.ToHashSet(), new HashSet<string> { "Hang up", "Start recording", "Listen", "Barge", "Whisper", "Log out after call" });
        Assert.DoesNotContain("Dial", inCall);
        Assert.Subset(paused.ToHashSet(), new HashSet<string> { "Resume (READY)", "Dial", "Log out" });
        Assert.DoesNotContain("Hang up", paused);
    }

    [Fact]
    public void Disposition_of_an_agent_in_wrap_up_uses_a_campaign_status()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Dispo));

        cut.Find("#rc-status").Change("NI");
        cut.Button("Set disposition").Click();

        Assert.Equal(["set_disposition 1001 NI"], _remote.Calls);
    }

    [Fact]
    public void Dial_for_a_paused_agent_sends_the_number()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        cut.Find("#rc-dial-number").Input("3125550177");
        cut.Button("Dial").Click();

        Assert.Equal(["manual_dial 1001 3125550177"], _remote.Calls);
    }

    [Fact]
    public void Barge_goes_to_the_monitoring_service()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        cut.Button("Barge").Click();

        Assert.Equal(["monitor 1001 Barge"], _remote.Calls);
    }

    [Fact]
    public void In_groups_start_from_the_agents_choice_and_save_the_new_one()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Paused, inGroups: ["SUPPORT"]));

        cut.Find("#rc-ingroup-SALESLINE").Change(true);
        cut.Find("#rc-ingroup-SUPPORT").Change(false);
        cut.Find("#rc-blended").Change(true);
        cut.Button("Save in-groups").Click();

        Assert.Equal(["change_ingroups 1001 SALESLINE True"], _remote.Calls);
    }

    [Fact]
    public void Notification_goes_to_the_chosen_recipient_with_its_style_and_confetti()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Ready, userGroup: "TEAMB"));

        cut.Find("#rc-notify-to").Change(NotificationRecipientType.UserGroup);
        cut.Find("#rc-notify-text").Input("Team record!");
        cut.Find("#rc-notify-size").Change("24");
        cut.Find("#rc-notify-color").Change("#2e7d32");
        cut.Find("#rc-notify-bold").Change(true);
        cut.Find("#rc-notify-confetti").Change(true);
        cut.Button("Send notification").Click();

        Assert.Equal([new RemoteNotification("USER_GROUP", "TEAMB", "Team record!", 24, "#2e7d32", Bold: true, Confetti: true)], _remote.Notifications);
    }

    [Fact]
    public void Panel_closes_when_asked()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Ready));

        cut.Find("[aria-label='Close remote control']").Click();

        Assert.Empty(cut.FindAll(".remote-control"));
    }

    private IRenderedComponent<WallboardContent> Control(WallboardRow row)
    {
        var cut = Render<WallboardContent>(p => p
            .Add(c => c.View, WallboardData.View(row))
            .Add(c => c.Catalog, WallboardData.Catalog)
            .Add(c => c.Supervisor, "super"));
        cut.Find($"[aria-label='Control {row.AgentUser}']").Click();
        return cut;
    }
}
