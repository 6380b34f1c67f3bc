namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;
using Portal.Domain.Supervision;

public sealed class WallboardBandTests
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, BandColor.LightBlue, "Waiting")]
    [InlineData(59, BandColor.LightBlue, "Waiting")]
    [InlineData(60, BandColor.Blue, "Waiting 1 min+")]
    [InlineData(299, BandColor.Blue, "Waiting 1 min+")]
    [InlineData(300, BandColor.MidnightBlue, "Waiting 5 min+")]
    public void Ready_agents_turn_blue_after_a_minute_and_midnight_blue_after_five(int seconds, BandColor color, string label)
    {
        var band = WallboardBands.For(AgentState.Ready, CallFlags.None, TimeSpan.FromSeconds(seconds));

        Assert.Equal(new WallboardBand(color, label), band);
    }

    [Theory]
    [InlineData(9, BandColor.White, "In call")]
    [InlineData(10, BandColor.Thistle, "In call 10 s+")]
    [InlineData(60, BandColor.Violet, "In call 1 min+")]
    [InlineData(300, BandColor.Purple, "In call 5 min+")]
    public void Calls_turn_thistle_violet_then_purple(int seconds, BandColor color, string label)
    {
        var band = WallboardBands.For(AgentState.InCall, CallFlags.Recording, TimeSpan.FromSeconds(seconds));

        Assert.Equal(new WallboardBand(color, label), band);
    }

    [Theory]
    [InlineData(AgentState.Paused, 9, BandColor.White, "Paused")]
    [InlineData(AgentState.Paused, 10, BandColor.Khaki, "Paused 10 s+")]
    [InlineData(AgentState.Paused, 60, BandColor.Yellow, "Paused 1 min+")]
    [InlineData(AgentState.Paused, 300, BandColor.Olive, "Paused 5 min+")]
    [InlineData(AgentState.Dispo, 10, BandColor.Khaki, "Wrap-up 10 s+")]
    [InlineData(AgentState.Dispo, 300, BandColor.Olive, "Wrap-up 5 min+")]
    public void Pauses_and_wrap_up_turn_khaki_yellow_then_olive(AgentState state, int seconds, BandColor color, string label)
    {
        var band = WallboardBands.For(state, CallFlags.None, TimeSpan.FromSeconds(seconds));

        Assert.Equal(new WallboardBand(color, label), band);
    }

    [Theory]
    [InlineData(CallFlags.ThreeWay, BandColor.Lime)]
    [InlineData(CallFlags.CustomerGone, BandColor.Black)]
    [InlineData(CallFlags.CustomerGone | CallFlags.ThreeWay, BandColor.Black)]
    [InlineData(CallFlags.Ringing, BandColor.Salmon)]
    public void Call_conditions_override_time_in_call(CallFlags flags, BandColor color)
    {
        var band = WallboardBands.For(AgentState.InCall, flags, TimeSpan.FromMinutes(10));

        Assert.Equal(color, band.Color);
    }

    [Fact]
    public void A_call_being_delivered_is_salmon()
    {
        Assert.Equal(BandColor.Salmon, WallboardBands.For(AgentState.Queue, CallFlags.None, TimeSpan.Zero).Color);
    }

    [Theory]
    [InlineData(BandColor.Blue, true)]
    [InlineData(BandColor.MidnightBlue, true)]
    [InlineData(BandColor.Purple, true)]
    [InlineData(BandColor.Black, true)]
    [InlineData(BandColor.Olive, false)]
    [InlineData(BandColor.LightBlue, false)]
    public void Dark_bands_ask_for_light_text(BandColor color, bool dark)
    {
        Assert.Equal(dark, new WallboardBand(color, "x").IsDark);
    }

    [Fact]
    public void Css_class_names_the_colour()
    {
        Assert.Equal("band-midnightblue", new WallboardBand(BandColor.MidnightBlue, "Waiting 5 min+").CssClass);
    }

    [Theory]
    [InlineData(AgentState.Ready, 5, 60)]
    [InlineData(AgentState.Ready, 60, 300)]
    [InlineData(AgentState.Paused, 0, 10)]
    [InlineData(AgentState.Paused, 10, 60)]
    [InlineData(AgentState.InCall, 61, 300)]
    [InlineData(AgentState.Dispo, 11, 60)]
    public void Next_change_is_the_next_threshold_of_the_state(AgentState state, int elapsed, int next)
    {
        var session = Session(state, CallFlags.None);

        Assert.Equal(Since.AddSeconds(next), WallboardBands.NextChange(session, Since.AddSeconds(elapsed)));
    }

    [Theory]
    [InlineData(AgentState.Ready, CallFlags.None, 300)]
    [InlineData(AgentState.Paused, CallFlags.None, 3600)]
    [InlineData(AgentState.InCall, CallFlags.ThreeWay, 0)]
    [InlineData(AgentState.InCall, CallFlags.CustomerGone, 0)]
    [InlineData(AgentState.Queue, CallFlags.None, 0)]
    public void Bands_that_time_cannot_change_have_no_next_change(AgentState state, CallFlags flags, int elapsed)
    {
        Assert.Null(WallboardBands.NextChange(Session(state, flags), Since.AddSeconds(elapsed)));
    }

    [Fact]
    public void Band_of_a_session_uses_its_time_in_state_and_call_flags()
    {
        var session = Session(AgentState.InCall, CallFlags.None);

        Assert.Equal(BandColor.Violet, WallboardBands.For(session, Since.AddSeconds(75)).Color);
    }

    [Fact]
    public void Legend_explains_every_colour_once()
    {
        var colors = WallboardBands.Legend.Select(e => e.Color).ToList();

        Assert.Equal(Enum.GetValues<BandColor>().Order(), colors.Order());
        Assert.All(WallboardBands.Legend, e => Assert.False(string.IsNullOrWhiteSpace(e.Meaning)));
    }

    private static SessionSnapshot Session(AgentState state, CallFlags flags) => new(
        "1001", "TESTCAMP", false, "1001", Since.AddMinutes(-30), state, state == AgentState.Paused ? "BREAK" : null, Since,
        state is AgentState.InCall or AgentState.Queue or AgentState.Dispo
            ? new ActiveCall("C1", 7, "3125550100", CallDirection.Inbound, "SUPPORT", flags, Since)
            : null,
        false, null, false, ["SUPPORT"], true, 1);
}
