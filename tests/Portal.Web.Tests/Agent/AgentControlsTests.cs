namespace Portal.Web.Tests.Agent;

using AngleSharp.Dom;
using Bunit;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Web.Components.Agent;

public sealed class AgentControlsTests : PortalTestContext
{
    private static readonly PauseCodeChoice[] PauseCodes = [new("BREAK", "Break"), new("LUNCH", "Lunch")];

    private readonly List<AgentCommand> _commands = [];

    public AgentControlsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Ready_button_of_a_paused_agent_sends_go_ready()
    {
        var cut = RenderControls(Sessions.In(AgentState.Paused, "BREAK"));

        Button(cut, "Ready [R]").Click();

        Assert.Equal([new GoReady()], _commands);
    }

    [Fact]
    public void Pause_button_of_a_ready_agent_sends_pause_without_code()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready));

        Button(cut, "Pause [P]").Click();

        Assert.Equal([new Pause(null)], _commands);
    }

    [Fact]
    public void Pause_button_sends_the_pause_code_chosen_in_the_picker()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready));

        cut.Find("#pause-code").Change("BREAK");
        Button(cut, "Pause [P]").Click();

        Assert.Equal([new Pause("BREAK")], _commands);
    }

    [Fact]
    public void Pause_code_picker_is_labelled()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready));

        Assert.Equal("Pause code", cut.Find("label[for='pause-code']").TextContent);
        Assert.Equal("SELECT", cut.Find("#pause-code").TagName);
    }

    [Fact]
    public void Pause_code_picker_offers_the_campaign_pause_codes()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready));

        var values = cut.FindAll("#pause-code option").Select(o => o.GetAttribute("value"));
        Assert.Equal(["", "BREAK", "LUNCH"], values);
    }

    [Fact]
    public void Forced_pause_codes_disable_pause_until_a_code_is_chosen()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready), PauseCodeMode.Forced);

        Assert.True(Button(cut, "Pause [P]").HasAttribute("disabled"));
    }

    [Fact]
    public void Forced_pause_codes_enable_pause_once_a_code_is_chosen()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready), PauseCodeMode.Forced);

        cut.Find("#pause-code").Change("LUNCH");

        Assert.False(Button(cut, "Pause [P]").HasAttribute("disabled"));
    }

    [Fact]
    public void Forced_pause_codes_send_pause_with_the_chosen_code()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready), PauseCodeMode.Forced);

        cut.Find("#pause-code").Change("LUNCH");
        Button(cut, "Pause [P]").Click();

        Assert.Equal([new Pause("LUNCH")], _commands);
    }

    [Theory]
    [InlineData(AgentState.Ready)]
    [InlineData(AgentState.Paused)]
    public void Campaign_without_pause_codes_renders_no_pause_code_picker(AgentState state)
    {
        var cut = RenderControls(Sessions.In(state), PauseCodeMode.Off);

        Assert.Empty(cut.FindAll("#pause-code"));
    }

    [Fact]
    public void Campaign_without_pause_codes_offers_no_set_pause_code_button()
    {
        var cut = RenderControls(Sessions.In(AgentState.Paused, "LOGIN"), PauseCodeMode.Off);

        Assert.DoesNotContain(cut.FindAll("button"), b => ButtonText(b) == "Set pause code");
    }

    [Fact]
    public void Leave_campaign_button_sends_log_out()
    {
        var cut = RenderControls(Sessions.In(AgentState.Ready));

        Button(cut, "Leave campaign").Click();

        Assert.Equal([new LogOut()], _commands);
    }

    [Fact]
    public void Set_pause_code_sends_the_newly_chosen_code_when_paused()
    {
        var cut = RenderControls(Sessions.In(AgentState.Paused, "LOGIN"));

        cut.Find("#pause-code").Change("BREAK");
        Button(cut, "Set pause code").Click();

        Assert.Equal([new SetPauseCode("BREAK")], _commands);
    }

    [Fact]
    public void Set_pause_code_is_disabled_when_the_chosen_code_is_the_current_one()
    {
        var cut = RenderControls(Sessions.In(AgentState.Paused, "BREAK"));

        cut.Find("#pause-code").Change("BREAK");

        Assert.True(Button(cut, "Set pause code").HasAttribute("disabled"));
    }

    [Fact]
    public void Set_pause_code_is_disabled_until_a_code_is_chosen()
    {
        var cut = RenderControls(Sessions.In(AgentState.Paused, "LOGIN"));

        Assert.True(Button(cut, "Set pause code").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData(AgentState.InCall)]
    [InlineData(AgentState.Dispo)]
    public void Agent_on_a_call_is_offered_no_state_or_campaign_buttons(AgentState state)
    {
        var cut = RenderControls(Sessions.In(state));

        Assert.Empty(cut.FindAll("button"));
    }

    private IRenderedComponent<AgentControls> RenderControls(SessionSnapshot session, PauseCodeMode mode = PauseCodeMode.Optional) =>
        Render<AgentControls>(p => p
            .Add(c => c.Session, session)
            .Add(c => c.PauseCodeMode, mode)
            .Add(c => c.PauseCodes, PauseCodes)
            .Add(c => c.OnCommand, (AgentCommand command) => _commands.Add(command)));

    private static IElement Button(IRenderedComponent<AgentControls> cut, string text) =>
        cut.FindAll("button").Single(b => ButtonText(b) == text);

    private static string ButtonText(IElement button) =>
        button.QuerySelector(".mud-button-label")?.TextContent.Trim() ?? "";
}
