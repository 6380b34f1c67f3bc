namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class CallPanelTests : PortalTestContext
{
    private readonly FakeCallDesk _desk = new();
    private readonly FakeCallControls _controls = new();
    private readonly List<string?> _results = [];

    public CallPanelTests()
    {
        Services.AddSingleton<ICallDesk>(_desk);
        Services.AddSingleton<ICallControls>(_controls);
        Services.AddSingleton(new TelephonyFeatures(SupportsHoldAndMute: true));
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));

        // The transfer panel lists the other logged-in agents; an empty in-memory runtime has none.
        Services.AddSingleton(new SessionRuntime(null!, new LiveSessionReplica(), null!, Portal.Infrastructure.Cluster.ClusterSettings.OneProcess, NullLogger<SessionRuntime>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData(CallFlags.ThreeWay, "3-way")]
    [InlineData(CallFlags.Parked, "Customer parked")]
    [InlineData(CallFlags.OnHold, "On hold")]
    [InlineData(CallFlags.Muted, "Muted")]
    [InlineData(CallFlags.CustomerGone, "Customer hung up")]
    [InlineData(CallFlags.Ringing, "Ringing")]
    public void Call_flag_is_shown_as_its_badge(CallFlags flag, string badge)
    {
        var cut = RenderPanel(Calls.Live(flag));

        Assert.Equal([badge], Badges(cut));
    }

    [Fact]
    public void Recording_badge_is_labelled_and_names_the_recording_file()
    {
        _controls.CurrentRecording = new RecordingEntry { CallId = "call-1", FileName = "/var/spool/rec/20261121-100000_5551234567.wav" };

        var cut = RenderPanel(Calls.Live(CallFlags.Recording));

        var badge = cut.Find("li[aria-label='Recording']");
        Assert.Equal("REC 20261121-100000_5551234567.wav", badge.TextContent.Trim());
    }

    [Fact]
    public void Customer_hung_up_badge_is_an_alert()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.CustomerGone));

        Assert.Equal("Customer hung up", cut.Find("ul[aria-label='Call state'] li[role='alert']").TextContent.Trim());
    }

    [Fact]
    public void Plain_call_shows_no_badges()
    {
        var cut = RenderPanel(Calls.Live());

        Assert.Empty(Badges(cut));
    }

    [Fact]
    public void Several_flags_show_several_badges()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.ThreeWay | CallFlags.Muted));

        Assert.Equal(["3-way", "Muted"], Badges(cut));
    }

    [Fact]
    public void Ringing_call_is_headed_dialing()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.Ringing));

        Assert.StartsWith("Dialing 5551234567", Heading(cut));
    }

    [Fact]
    public void Ringing_call_offers_only_hang_up_and_no_transfer_or_keypad()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.Ringing));

        Assert.Equal(["Hang up [H]"], cut.ButtonTexts());
        Assert.Empty(cut.FindAll(".transfer-panel"));
        Assert.Empty(cut.FindAll(".dtmf-pad"));
    }

    [Fact]
    public void Connected_call_is_headed_with_the_lead_name()
    {
        var cut = RenderPanel(Calls.Live(), Leads.With(42, Leads.Mary));

        Assert.StartsWith("Call with Mary Smith", Heading(cut));
    }

    [Fact]
    public void Connected_call_without_a_named_lead_is_headed_with_the_number()
    {
        var cut = RenderPanel(Calls.Live(), Leads.With(42, new LeadDetails { PhoneNumber = "5551234567" }));

        Assert.StartsWith("Call with 5551234567", Heading(cut));
    }

    [Fact]
    public void Transfer_conf_opens_on_demand_and_the_keypad_is_offered()
    {
        RenderPopovers();
        var cut = RenderPanel(Calls.Live());
        Assert.Empty(cut.FindAll(".transfer-panel"));

        cut.Button("Transfer – Conf").Click();

        Assert.Equal("Transfer – Conf", cut.Find(".transfer-panel legend").TextContent);
        Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == "Keypad");
    }

    [Fact]
    public void Call_whose_customer_hung_up_offers_no_transfer_panel()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.CustomerGone));

        Assert.Empty(cut.FindAll(".transfer-panel"));
    }

    [Fact]
    public void Campaign_that_never_records_offers_no_recording_button()
    {
        var cut = RenderPanel(Calls.Live(), profile: Profiles.Sales(recording: RecordingMode.Never));

        Assert.DoesNotContain(cut.ButtonTexts(), t => t.Contains("recording", StringComparison.Ordinal));
    }

    [Fact]
    public void Forced_recording_cannot_be_stopped()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.Recording), profile: Profiles.Sales(recording: RecordingMode.AllForce));

        Assert.True(cut.Button("Stop recording").HasAttribute("disabled"));
    }

    [Fact]
    public void On_demand_recording_can_be_stopped()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.Recording), profile: Profiles.Sales(recording: RecordingMode.OnDemand));

        cut.Button("Stop recording").Click();

        Assert.Equal(["RecordAsync(agent1, False)"], _controls.Calls);
    }

    [Fact]
    public void Start_recording_asks_to_record()
    {
        var cut = RenderPanel(Calls.Live(), profile: Profiles.Sales(recording: RecordingMode.AllForce));

        cut.Button("Start recording").Click();

        Assert.Equal(["RecordAsync(agent1, True)"], _controls.Calls);
    }

    [Fact]
    public void Hang_up_asks_the_desk_to_hang_up()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Button("Hang up [H]").Click();

        Assert.Equal(["agent1"], _desk.HangUps);
    }

    [Fact]
    public void Park_customer_parks()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Button("Park customer").Click();

        Assert.Equal(["ParkAsync(agent1, True)"], _controls.Calls);
    }

    [Fact]
    public void Grab_customer_takes_a_parked_customer_back()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.Parked));

        cut.Button("Grab customer").Click();

        Assert.Equal(["ParkAsync(agent1, False)"], _controls.Calls);
    }

    [Fact]
    public void Hold_and_mute_toggle_from_the_current_state()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.OnHold));

        cut.Button("Resume from hold").Click();
        cut.Button("Mute").Click();

        Assert.Equal(["HoldAsync(agent1, False)", "MuteAsync(agent1, True)"], _controls.Calls);
    }

    [Fact]
    public void Telephony_without_hold_and_mute_offers_neither()
    {
        Services.AddSingleton(new TelephonyFeatures(SupportsHoldAndMute: false));

        var cut = RenderPanel(Calls.Live());

        Assert.DoesNotContain(cut.ButtonTexts(), t => t is "Hold" or "Mute");
    }

    [Fact]
    public void Failing_action_reports_its_error()
    {
        _controls.Result = DeskResult.Fail("You are not on a call.");
        var cut = RenderPanel(Calls.Live());

        cut.Button("Park customer").Click();

        Assert.Equal(["You are not on a call."], _results);
    }

    [Fact]
    public void Failing_hang_up_reports_its_error()
    {
        _desk.Result = DeskResult.Fail("You are not on a call.");
        var cut = RenderPanel(Calls.Live());

        cut.Button("Hang up [H]").Click();

        Assert.Equal(["You are not on a call."], _results);
    }

    [Fact]
    public void Successful_action_reports_no_error()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Button("Park customer").Click();

        Assert.Equal([(string?)null], _results);
    }

    private IRenderedComponent<CallPanel> RenderPanel(ActiveCall call, Lead? lead = null, CampaignProfile? profile = null) =>
        Render<CallPanel>(p => p
            .Add(c => c.Call, call)
            .Add(c => c.Profile, profile ?? Profiles.Sales())
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.Lead, lead)
            .Add(c => c.OnResult, (string? error) => _results.Add(error)));

    private static IReadOnlyList<string> Badges(IRenderedComponent<CallPanel> cut) =>
        [.. cut.FindAll("ul[aria-label='Call state'] li").Select(li => li.TextContent.Trim())];

    private static string Heading(IRenderedComponent<CallPanel> cut) => cut.Find("#call-title").TextContent.Trim();
}
