namespace Portal.Web.Tests.Agent;

using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class DispositionPanelTests : PortalTestContext
{
    private const StatusFlags Pick = StatusFlags.Selectable;

    /// <summary>Eleven statuses: the first ten get hotkeys 1–9 and 0, the eleventh none.</summary>
    private static readonly Status[] Statuses =
    [
        new("A", "Answering machine", Pick),
        new("B", "Busy", Pick),
        new("CALLBK", "Call back", Pick | StatusFlags.ScheduledCallback),
        new("DC", "Disconnected", Pick),
        new("DNC", "Do not call", Pick | StatusFlags.Dnc),
        new("N", "No answer", Pick),
        new("NI", "Not interested", Pick),
        new("SALE", "Sale", Pick | StatusFlags.Sale),
        new("XFER", "Transferred", Pick),
        new("NP", "No pitch", Pick),
        new("WN", "Wrong number", Pick),
    ];

    private readonly FakeCallDesk _desk = new();
    private readonly FixedTimeProvider _time = new(Sessions.Now);

    public DispositionPanelTests()
    {
        Services.AddSingleton<ICallDesk>(_desk);
        Services.AddSingleton<TimeProvider>(_time);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Statuses_are_radios_labelled_with_code_name_and_hotkey()
    {
        var cut = RenderPanel();

        var labels = Radios(cut).Select(r => Normalized(r.TextContent));
        Assert.Equal(
            [
                "A Answering machine [1]", "B Busy [2]", "CALLBK Call back [3]", "DC Disconnected [4]", "DNC Do not call [5]",
                "N No answer [6]", "NI Not interested [7]", "SALE Sale [8]", "XFER Transferred [9]", "NP No pitch [0]", "WN Wrong number",
            ],
            labels);
    }

    [Fact]
    public void Hotkeys_are_announced_as_keyboard_shortcuts_and_the_eleventh_status_has_none()
    {
        var cut = RenderPanel();

        var shortcuts = Radios(cut).Select(r => r.GetAttribute("aria-keyshortcuts"));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", null], shortcuts);
    }

    [Fact]
    public void Busy_end_reason_preselects_the_busy_status()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.Busy));

        var checkedCodes = Radios(cut).Where(r => r.GetAttribute("aria-checked") == "true").Select(Code);
        Assert.Equal(["B"], checkedCodes);
    }

    [Fact]
    public void Busy_end_reason_is_described_to_the_agent()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.Busy));

        Assert.Equal("Call ended: busy", cut.Find(".dispo-panel p.muted").TextContent);
    }

    [Theory]
    [InlineData(CallEndReason.AgentHangup, "you hung up")]
    [InlineData(CallEndReason.CustomerHangup, "the customer hung up")]
    [InlineData(CallEndReason.SupervisorHangup, "a supervisor hung up")]
    [InlineData(CallEndReason.ApiHangup, "an integration (API) hung up")]
    [InlineData(CallEndReason.Transferred, "transferred")]
    public void The_panel_says_who_ended_the_call(CallEndReason reason, string said)
    {
        var cut = RenderPanel(Calls.Ended(reason));

        Assert.Equal($"Call ended: {said}", cut.Find(".dispo-panel p.muted").TextContent);
    }

    [Fact]
    public void Agent_hang_up_preselects_nothing_and_save_stays_disabled()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.AgentHangup));

        Assert.All(Radios(cut), r => Assert.Equal("false", r.GetAttribute("aria-checked")));
        Assert.True(cut.Button("Save disposition [Enter]").HasAttribute("disabled"));
    }

    [Fact]
    public void Callback_fields_are_hidden_until_a_callback_status_is_chosen()
    {
        var cut = RenderPanel();

        Radio(cut, "SALE").Click();

        Assert.Empty(cut.FindAll(".callback-fields"));
    }

    [Fact]
    public void Choosing_callback_shows_labelled_date_and_time_inputs()
    {
        var cut = RenderPanel();

        Radio(cut, "CALLBK").Click();

        Assert.Equal("Callback date", cut.Find("label[for='callback-date']").TextContent);
        Assert.Equal("date", cut.Find("#callback-date").GetAttribute("type"));
        Assert.Equal("Callback time", cut.Find("label[for='callback-time']").TextContent);
        Assert.Equal("time", cut.Find("#callback-time").GetAttribute("type"));
    }

    [Fact]
    public void Choosing_callback_proposes_tomorrow_at_ten()
    {
        var tomorrow = DateOnly.FromDateTime(_time.GetLocalNow().Date.AddDays(1));
        var cut = RenderPanel();

        Radio(cut, "CALLBK").Click();

        Assert.Equal(tomorrow.ToString("yyyy-MM-dd"), cut.Find("#callback-date").GetAttribute("value"));
        Assert.Equal("10:00:00", cut.Find("#callback-time").GetAttribute("value"));
    }

    [Fact]
    public void Choosing_callback_offers_useronly_checked_and_anyone()
    {
        var cut = RenderPanel();

        Radio(cut, "CALLBK").Click();

        Assert.Equal("My callback only (USERONLY)", cut.Find("label[for='callback-useronly']").TextContent);
        Assert.Equal("Anyone (ANYONE)", cut.Find("label[for='callback-anyone']").TextContent);
        Assert.True(cut.Find("#callback-useronly").HasAttribute("checked"));
        Assert.False(cut.Find("#callback-anyone").HasAttribute("checked"));
    }

    [Fact]
    public void Callback_comments_label_counts_the_typed_characters()
    {
        var cut = RenderPanel();
        Radio(cut, "CALLBK").Click();

        cut.Find("#callback-comments").Input("Call after 5");

        Assert.Equal($"Callback comments (12/{Callback.MaxCommentsLength})", cut.Find("label[for='callback-comments']").TextContent);
    }

    [Fact]
    public void Saving_a_callback_sends_the_chosen_date_time_type_and_trimmed_comments()
    {
        var cut = RenderPanel();
        Radio(cut, "CALLBK").Click();

        cut.Find("#callback-date").Input("2026-12-01");
        cut.Find("#callback-time").Input("14:30:00");
        cut.Find("#callback-anyone").Change(true);
        cut.Find("#callback-comments").Input("  Wants the manager  ");
        cut.Button("Save disposition [Enter]").Click();

        var chosen = new DateTime(2026, 12, 1, 14, 30, 0);
        var expected = new CallbackRequest(new DateTimeOffset(chosen, _time.LocalTimeZone.GetUtcOffset(chosen)), CallbackType.Anyone, "Wants the manager");
        Assert.Equal([("agent1", "CALLBK", false, (CallbackRequest?)expected)], _desk.Dispositions);
    }

    [Fact]
    public void Callback_due_time_uses_the_local_offset_of_its_own_date_across_daylight_saving()
    {
        // Scheduled in summer time (CEST, +02:00) for a day in winter time (CET, +01:00).
        Services.AddSingleton<TimeProvider>(new ZonedTimeProvider(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero), ZonedTimeProvider.CentralEurope));
        var cut = RenderPanel();
        Radio(cut, "CALLBK").Click();

        cut.Find("#callback-date").Input("2026-11-02");
        cut.Find("#callback-time").Input("10:00:00");
        cut.Button("Save disposition [Enter]").Click();

        var due = Assert.Single(_desk.Dispositions).Callback!.DueAt;
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void Saving_a_callback_without_a_date_asks_for_one_and_sends_nothing()
    {
        var cut = RenderPanel();
        Radio(cut, "CALLBK").Click();

        cut.Find("#callback-date").Input("");
        cut.Button("Save disposition [Enter]").Click();

        Assert.Empty(_desk.Dispositions);
        Assert.Equal("Enter the callback's date (YYYY-MM-DD) and time (HH:MM).", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void Saving_a_plain_status_sends_no_callback()
    {
        var cut = RenderPanel();

        Radio(cut, "SALE").Click();
        cut.Button("Save disposition [Enter]").Click();

        Assert.Equal([("agent1", "SALE", false, (CallbackRequest?)null)], _desk.Dispositions);
    }

    [Fact]
    public void Pause_after_disposition_is_sent_as_pause_after()
    {
        var cut = RenderPanel();

        Radio(cut, "SALE").Click();
        cut.Find("#pause-after").Change(true);
        cut.Button("Save disposition [Enter]").Click();

        Assert.True(Assert.Single(_desk.Dispositions).PauseAfter);
    }

    [Fact]
    public void Pause_after_box_is_labelled()
    {
        var cut = RenderPanel();

        Assert.Equal("Pause after disposition", cut.Find("label[for='pause-after']").TextContent);
    }

    [Fact]
    public void Pending_pause_starts_the_pause_after_box_ticked()
    {
        var cut = RenderPanel(pauseAfterPending: true);

        Assert.True(cut.Find("#pause-after").HasAttribute("checked"));
    }

    [Fact]
    public void Without_a_pending_pause_the_pause_after_box_starts_unticked()
    {
        var cut = RenderPanel();

        Assert.False(cut.Find("#pause-after").HasAttribute("checked"));
    }

    [Fact]
    public async Task Digit_hotkey_selects_a_status_and_enter_confirms_it()
    {
        var cut = RenderPanel();

        var handled = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("2"));
        cut.Render();

        Assert.True(handled);
        Assert.Empty(_desk.Dispositions);
        Assert.Equal("true", Radio(cut, "B").GetAttribute("aria-checked"));

        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("Enter"));

        Assert.Equal([("agent1", "B", false, (CallbackRequest?)null)], _desk.Dispositions);
    }

    [Fact]
    public async Task With_one_key_disposition_a_digit_saves_at_once()
    {
        var cut = Render<DispositionPanel>(p => p
            .Add(c => c.Call, Calls.Ended(CallEndReason.AgentHangup))
            .Add(c => c.Statuses, Statuses)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.OneKey, true));

        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("2"));

        Assert.Equal([("agent1", "B", false, (CallbackRequest?)null)], _desk.Dispositions);
    }

    [Fact]
    public async Task Campaign_hotkeys_replace_the_numbering_and_other_digits_do_nothing()
    {
        var cut = Render<DispositionPanel>(p => p
            .Add(c => c.Call, Calls.Ended(CallEndReason.AgentHangup))
            .Add(c => c.Statuses, Statuses)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.Hotkeys, new Dictionary<string, string> { ["1"] = "SALE", ["2"] = "GONE" }));

        var unbound = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("2"));
        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("1"));
        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("Enter"));

        Assert.False(unbound);
        Assert.Equal("SALE", Assert.Single(_desk.Dispositions).StatusCode);
        Assert.Equal("SALE Sale [1]", Normalized(Radio(cut, "SALE").TextContent));
        Assert.Equal("A Answering machine", Normalized(Radio(cut, "A").TextContent));
    }

    [Fact]
    public void A_campaign_may_start_callbacks_as_anyone()
    {
        var cut = Render<DispositionPanel>(p => p
            .Add(c => c.Call, Calls.Ended(CallEndReason.AgentHangup))
            .Add(c => c.Statuses, Statuses)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.CallbackUserOnlyDefault, false));

        Radio(cut, "CALLBK").Click();

        Assert.True(cut.Find("#callback-anyone").HasAttribute("checked"));
        Assert.False(cut.Find("#callback-useronly").HasAttribute("checked"));
    }

    [Fact]
    public async Task Zero_hotkey_picks_the_tenth_status()
    {
        var cut = RenderPanel();

        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("0"));
        await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("Enter"));

        Assert.Equal("NP", Assert.Single(_desk.Dispositions).StatusCode);
    }

    [Fact]
    public async Task Digit_hotkey_for_the_callback_status_selects_it_without_saving()
    {
        var call = Calls.Ended(CallEndReason.AgentHangup);
        var cut = RenderPanel(call);

        var handled = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("3"));
        cut.Render(p => p.Add(c => c.Call, call)); // the agent page re-renders after a handled hotkey

        Assert.True(handled);
        Assert.Empty(_desk.Dispositions);
        Assert.Equal("true", Radio(cut, "CALLBK").GetAttribute("aria-checked"));
        Assert.NotNull(cut.Find("#callback-date"));
    }

    [Fact]
    public async Task Digit_hotkey_without_a_status_is_not_handled()
    {
        var cut = RenderPanel(statuses: Statuses[..3]);

        var handled = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("5"));

        Assert.False(handled);
        Assert.Empty(_desk.Dispositions);
    }

    [Fact]
    public async Task Enter_hotkey_saves_the_selected_status()
    {
        var cut = RenderPanel();
        Radio(cut, "SALE").Click();

        var handled = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("Enter"));

        Assert.True(handled);
        Assert.Equal("SALE", Assert.Single(_desk.Dispositions).StatusCode);
    }

    [Fact]
    public async Task Enter_hotkey_with_nothing_selected_is_not_handled()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.AgentHangup));

        var handled = await cut.InvokeAsync(() => cut.Instance.HandleHotkeyAsync("Enter"));

        Assert.False(handled);
        Assert.Empty(_desk.Dispositions);
    }

    [Fact]
    public void Error_from_the_desk_is_shown_as_an_alert()
    {
        _desk.Result = DeskResult.Fail("SALE is not a status you can choose.");
        var cut = RenderPanel();

        Radio(cut, "SALE").Click();
        cut.Button("Save disposition [Enter]").Click();

        Assert.Equal("SALE is not a status you can choose.", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void Choosing_another_status_clears_the_error()
    {
        _desk.Result = DeskResult.Fail("SALE is not a status you can choose.");
        var cut = RenderPanel();
        Radio(cut, "SALE").Click();
        cut.Button("Save disposition [Enter]").Click();

        Radio(cut, "NI").Click();

        Assert.Empty(cut.FindAll("[role='alert']"));
    }

    private IRenderedComponent<DispositionPanel> RenderPanel(
        ActiveCall? call = null, bool pauseAfterPending = false, IReadOnlyList<Status>? statuses = null) =>
        Render<DispositionPanel>(p => p
            .Add(c => c.Call, call ?? Calls.Ended(CallEndReason.AgentHangup))
            .Add(c => c.Statuses, statuses ?? Statuses)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.PauseAfterPending, pauseAfterPending));

    private static IReadOnlyList<IElement> Radios(IRenderedComponent<DispositionPanel> cut) =>
        cut.FindAll("[role='radiogroup'][aria-label='Call status'] [role='radio']");

    private static IElement Radio(IRenderedComponent<DispositionPanel> cut, string code) =>
        Radios(cut).Single(r => Code(r) == code);

    private static string Code(IElement radio) => radio.QuerySelector("strong")!.TextContent;

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
