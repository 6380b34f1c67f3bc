namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Supervision;
using Portal.Web.Components.Supervisor;

public sealed class AgentRowTests : BunitContext
{
    private readonly SteppingTimeProvider _clock = new(Sessions.Now);

    public AgentRowTests() => Services.AddSingleton<TimeProvider>(_clock);

    [Theory]
    [InlineData(AgentState.Ready, 30, "band-lightblue", "Waiting")]
    [InlineData(AgentState.Ready, 90, "band-blue", "Waiting 1 min+")]
    [InlineData(AgentState.Ready, 400, "band-midnightblue", "Waiting 5 min+")]
    [InlineData(AgentState.InCall, 20, "band-thistle", "In call 10 s+")]
    [InlineData(AgentState.InCall, 120, "band-violet", "In call 1 min+")]
    [InlineData(AgentState.InCall, 301, "band-purple", "In call 5 min+")]
    [InlineData(AgentState.Paused, 15, "band-khaki", "Paused 10 s+")]
    [InlineData(AgentState.Paused, 61, "band-yellow", "Paused 1 min+")]
    [InlineData(AgentState.Paused, 600, "band-olive", "Paused 5 min+")]
    [InlineData(AgentState.Queue, 2, "band-salmon", "Call being delivered")]
    public void Row_is_coloured_by_state_and_time_in_state_and_says_so_in_words(AgentState state, int seconds, string cssClass, string label)
    {
        var row = RenderRows(WallboardData.Row("1001", state, seconds)).Find("tr[data-agent='1001']");

        Assert.Contains(cssClass, row.ClassList);
        Assert.Equal(label, row.QuerySelector(".band-label")!.TextContent);
    }

    [Theory]
    [InlineData(CallFlags.ThreeWay, "band-lime")]
    [InlineData(CallFlags.CustomerGone, "band-black")]
    [InlineData(CallFlags.Ringing, "band-salmon")]
    public void Call_conditions_colour_the_row(CallFlags flags, string cssClass)
    {
        var row = RenderRows(WallboardData.Row("1001", AgentState.InCall, 200, flags: flags)).Find("tr[data-agent='1001']");

        Assert.Contains(cssClass, row.ClassList);
    }

    [Theory]
    [InlineData(AgentState.Ready, 400, true)]
    [InlineData(AgentState.InCall, 400, true)]
    [InlineData(AgentState.Paused, 400, false)]
    [InlineData(AgentState.Ready, 10, false)]
    public void Dark_rows_get_light_text(AgentState state, int seconds, bool dark)
    {
        var row = RenderRows(WallboardData.Row("1001", state, seconds)).Find("tr[data-agent='1001']");

        Assert.Equal(dark, row.ClassList.Contains("dark"));
    }

    [Fact]
    public void Row_changes_band_as_time_passes_without_a_new_session_event()
    {
        var cut = RenderRows(WallboardData.Row("1001", AgentState.Ready, 50));
        Assert.Contains("band-lightblue", cut.Find("tbody tr").ClassList);

        _clock.Advance(TimeSpan.FromSeconds(15));
        cut.Render();

        Assert.Contains("band-blue", cut.Find("tbody tr").ClassList);
    }

    [Fact]
    public void Row_shows_the_agent_the_call_and_the_indicators()
    {
        var row = WallboardData.Row("1001", AgentState.InCall, 20, flags: CallFlags.Recording | CallFlags.ThreeWay, inGroups: ["SALESLINE", "SUPPORT"], callsToday: 7)
            with { Monitors = [new AgentMonitor("1001", "C1001", "super", Portal.Infrastructure.Telephony.MonitorMode.Whisper, Sessions.Now)] };

        var cells = RenderRows(row).Find("tbody tr").Children.Select(c => c.TextContent.Trim()).ToList();

        Assert.Equal(["1001", "Agent 1001", "AGENTS", "TESTCAMP", "INCALL"], cells.Take(5));
        Assert.Equal(["3125551001", "107", "SALESLINE SUPPORT +outbound", "7"], cells.Skip(6).Take(4));
        Assert.Contains("REC", cells[10]);
        Assert.Contains("3-WAY", cells[10]);
        Assert.Contains("super: whisper", cells[10]);
    }

    [Fact]
    public void State_cell_shows_the_pause_code_and_is_labelled_with_the_agent()
    {
        var cut = RenderRows(WallboardData.Row("1002", AgentState.Paused, 5, pauseCode: "LUNCH"));

        Assert.Equal("PAUSED LUNCH", cut.Find("[aria-label='State of 1002']").TextContent);
    }

    private IRenderedComponent<AgentTable> RenderRows(params WallboardRow[] rows) =>
        Render<AgentTable>(p => p.Add(c => c.Rows, rows).Add(c => c.Sort, new WallboardSort()));
}
