namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Supervision;
using Portal.Infrastructure.Telephony;
using Portal.Web.Components.Supervisor;
using Portal.Web.Tests.Fakes;

/// <summary>Remote control of one agent: the actions their state allows, confirmations in a dialog, results.</summary>
public sealed class RemoteControlDrawerTests : ScreenTestContext
{
    private readonly FakeRemoteControl _remote = new();
    private IRenderedComponent<MudBlazor.MudDialogProvider>? _dialogs;

    public RemoteControlDrawerTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
        Services.AddSingleton<IRemoteControl>(_remote);
    }

    [Fact]
    public void Actions_are_grouped_by_what_they_act_on()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        Assert.Equal(["State", "Call", "In-groups", "Notify", "Listen, barge, whisper"], cut.FindAll("h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void Force_pause_sends_the_chosen_pause_code_and_shows_the_result()
    {
        _remote.Result = RemoteResult.Done("1001 is paused (LUNCH).");
        var cut = Control(WallboardData.Row("1001", AgentState.Ready));

        Choose(cut, "Pause code", "LUNCH");
        ButtonNamed(cut, "Force pause").Click();

        Assert.Equal(["force_pause 1001 LUNCH"], _remote.Calls);
        Assert.Equal("1001 is paused (LUNCH).", cut.Find("[role='status'][aria-label='Remote control result']").TextContent.Trim());
    }

    [Fact]
    public void Refusal_is_shown_as_an_alert()
    {
        _remote.Result = RemoteResult.Refused("1001 is outside your scope.");
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        ButtonNamed(cut, "Resume (READY)").Click();

        Assert.Equal("1001 is outside your scope.", cut.Find("[role='alert'][aria-label='Remote control result']").TextContent.Trim());
    }

    [Fact]
    public void Log_out_asks_first_in_a_dialog_and_cancel_does_nothing()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        ButtonNamed(cut, "Log out").Click();
        var question = _dialogs!.Find(".mud-dialog").TextContent;
        ButtonNamed(_dialogs!, "Cancel").Click();

        Assert.Contains("Log 1001 out now?", question);
        Assert.Empty(_remote.Calls);
        Assert.Empty(_dialogs!.FindAll(".mud-dialog"));
    }

    [Fact]
    public void Emergency_log_out_on_a_call_warns_about_the_customer_and_runs_once_confirmed()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        ButtonNamed(cut, "Emergency log out").Click();
        Assert.Contains("hanging up the customer", _dialogs!.Find(".mud-dialog").TextContent);
        ButtonNamed(_dialogs!, "Yes, log out now").Click();

        _dialogs!.WaitForAssertion(() => Assert.Equal(["emergency_logout 1001"], _remote.Calls));
    }

    [Fact]
    public void Hang_up_is_confirmed_before_it_is_sent()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        ButtonNamed(cut, "Hang up").Click();
        Assert.Empty(_remote.Calls);
        ButtonNamed(_dialogs!, "Yes, hang up").Click();

        _dialogs!.WaitForAssertion(() => Assert.Equal(["hangup 1001"], _remote.Calls));
    }

    [Fact]
    public void Log_out_during_a_call_says_it_waits_for_the_call()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.InCall));

        ButtonNamed(cut, "Log out after call").Click();

        Assert.Contains("Log 1001 out after the call?", _dialogs!.Find(".mud-dialog").TextContent);
    }

    [Fact]
    public void Disposition_of_an_agent_in_wrap_up_uses_a_campaign_status()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Dispo));

        Choose(cut, "Disposition", "SALE");
        ButtonNamed(cut, "Set disposition").Click();

        Assert.Equal(["set_disposition 1001 SALE"], _remote.Calls);
    }

    [Fact]
    public void Dial_for_a_paused_agent_sends_the_number()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Paused));

        cut.Find("input[inputmode='tel']").Input("3125550199");
        ButtonNamed(cut, "Dial").Click();

        Assert.Equal(["manual_dial 1001 3125550199"], _remote.Calls);
    }

    [Fact]
    public void Barge_goes_to_the_monitoring_service_and_listen_waits_for_a_call()
    {
        var paused = Control(WallboardData.Row("1002", AgentState.Paused));
        Assert.Contains("need the agent on a call", paused.Markup);

        var cut = Control(WallboardData.Row("1001", AgentState.InCall));
        ButtonNamed(cut, "Barge").Click();

        Assert.Equal([$"monitor 1001 {MonitorMode.Barge}"], _remote.Calls);
    }

    [Fact]
    public void In_groups_start_from_the_agents_choice_and_save_the_new_one()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Ready, inGroups: ["SUPPORT"]));

        var salesLine = cut.FindComponents<MudBlazor.MudCheckBox<bool>>().Single(c => c.Instance.Label!.StartsWith("SALESLINE", StringComparison.Ordinal));
        salesLine.Find("input").Change(true);
        ButtonNamed(cut, "Save in-groups").Click();

        Assert.Equal(["change_ingroups 1001 SALESLINE,SUPPORT True"], _remote.Calls);
    }

    [Fact]
    public void Notification_goes_to_the_chosen_recipient_with_its_style_and_confetti()
    {
        var cut = Control(WallboardData.Row("1001", AgentState.Ready));

        Choose(cut, "Send to", NotificationRecipientType.Campaign);
        cut.Find("textarea").Input("Best week ever");
        cut.FindComponents<MudBlazor.MudCheckBox<bool>>().Single(c => c.Instance.Label == "Confetti").Find("input").Change(true);
        ButtonNamed(cut, "Send notification").Click();

        var sent = Assert.Single(_remote.Notifications);
        Assert.Equal((NotificationRecipientType.Campaign, "TESTCAMP", "Best week ever", true), (sent.RecipientType, sent.Recipient, sent.Text, sent.Confetti));
        Assert.Equal("#000000", sent.TextColor);
    }

    private IRenderedComponent<RemoteControlDrawer> Control(WallboardRow row)
    {
        _dialogs ??= RenderProviders();
        RemoteResult? result = null;
        IRenderedComponent<RemoteControlDrawer> cut = default!;
        cut = Render<RemoteControlDrawer>(p => p
            .Add(c => c.Row, row)
            .Add(c => c.Campaign, WallboardData.Catalog.Campaign(row.CampaignId))
            .Add(c => c.Catalog, WallboardData.Catalog)
            .Add(c => c.Supervisor, "super")
            .Add(c => c.OnResult, r =>
            {
                result = r;
                cut.Render(q => q.Add(c => c.Result, result));
            }));
        return cut;
    }
}
