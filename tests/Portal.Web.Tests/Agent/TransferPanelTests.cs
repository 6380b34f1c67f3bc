namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

public sealed class TransferPanelTests : PortalTestContext
{
    private static readonly string[] NumberButtons = ["Blind transfer", "Dial with customer", "Consultative dial", "Park customer and dial"];

    private readonly FakeCallControls _controls = new();
    private readonly List<string?> _results = [];

    public TransferPanelTests()
    {
        Services.AddSingleton<ICallControls>(_controls);

        // Only read here: an empty in-memory runtime, so no other agents are offered.
        Services.AddSingleton(new SessionRuntime(null!, new LiveSessionReplica(), null!, Portal.Infrastructure.Cluster.ClusterSettings.OneProcess, NullLogger<SessionRuntime>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Number_actions_are_disabled_until_a_number_is_typed()
    {
        var cut = RenderPanel(Calls.Live());

        Assert.All(NumberButtons, text => Assert.True(cut.Button(text).HasAttribute("disabled")));
    }

    [Fact]
    public void Blind_transfer_sends_the_trimmed_number()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Find("#transfer-number").Input(" 5550001 ");
        cut.Button("Blind transfer").Click();

        Assert.Equal(["BlindTransferAsync(agent1, 5550001)"], _controls.Calls);
    }

    [Fact]
    public void Dial_with_customer_and_consultative_dial_differ_in_whether_the_customer_joins()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Find("#transfer-number").Input("5550001");
        cut.Button("Dial with customer").Click();
        cut.Button("Consultative dial").Click();

        Assert.Equal(["DialConferenceAsync(agent1, 5550001, True)", "DialConferenceAsync(agent1, 5550001, False)"], _controls.Calls);
    }

    [Fact]
    public void Transfer_to_in_group_sends_the_chosen_campaign_in_group()
    {
        var cut = RenderPanel(Calls.Live());

        cut.Find("#closer-ingroup").Change("SUPPORT");
        cut.Button("Transfer to in-group").Click();

        Assert.Equal(["LocalCloserAsync(agent1, SUPPORT, null)"], _controls.Calls);
    }

    [Fact]
    public void Open_transfer_line_offers_join_and_hang_up_controls()
    {
        var cut = RenderPanel(Calls.Live() with { ConferenceNumber = "5550001" });

        Assert.Equal("Transfer line: 5550001 (dialing)", Normalized(cut.Find("[aria-label='Transfer line']").TextContent));
        Assert.Equal(["Join customer to line", "Hang up transfer line", "Hang up both lines"], cut.ButtonTexts());
    }

    [Fact]
    public void Three_way_call_offers_leave_three_way()
    {
        var cut = RenderPanel(Calls.Live(CallFlags.ThreeWay) with { ConferenceNumber = "5550001" });

        cut.Button("Leave 3-way call").Click();

        Assert.Equal(["LeaveThreeWayAsync(agent1)"], _controls.Calls);
    }

    [Fact]
    public void Refused_transfer_reports_its_error()
    {
        _controls.Result = DeskResult.Fail("5550001 is on the do-not-call list.");
        var cut = RenderPanel(Calls.Live());

        cut.Find("#transfer-number").Input("5550001");
        cut.Button("Blind transfer").Click();

        Assert.Equal(["5550001 is on the do-not-call list."], _results);
    }

    private IRenderedComponent<TransferPanel> RenderPanel(ActiveCall call) =>
        Render<TransferPanel>(p => p
            .Add(c => c.Call, call)
            .Add(c => c.Profile, Profiles.Sales())
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.OnResult, (string? error) => _results.Add(error)));

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
