namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Supervision;
using Portal.Web.Components.Supervisor;

/// <summary>The wallboard's agent grid: one line per agent in VICIdial's colours with the band in words, sortable.</summary>
public sealed class AgentGridTests : ScreenTestContext
{
    private readonly SteppingTimeProvider _time = new(Sessions.Now);

    public AgentGridTests() => Services.AddSingleton<TimeProvider>(_time);

    [Theory]
    [InlineData(AgentState.Ready, 30, "lightblue", "Waiting")]
    [InlineData(AgentState.Ready, 90, "blue", "Waiting 1 min+")]
    [InlineData(AgentState.Ready, 400, "midnightblue", "Waiting 5 min+")]
    [InlineData(AgentState.InCall, 15, "thistle", "In call 10 s+")]
    [InlineData(AgentState.Paused, 70, "yellow", "Paused 1 min+")]
    [InlineData(AgentState.Dispo, 400, "olive", "Wrap-up 5 min+")]
    public void Line_is_coloured_by_state_and_time_in_state_and_says_so_in_words(AgentState state, int seconds, string colour, string words)
    {
        var cut = RenderGrid(WallboardData.Row("1001", state, seconds));

        var line = Line(cut, "1001");
        Assert.Contains($"background-color:{colour}", line.GetAttribute("style"));
        Assert.Equal(words, Cell(cut, "1001", "Colour"));
    }

    [Fact]
    public void Dark_bands_get_light_text()
    {
        var cut = RenderGrid(WallboardData.Row("1001", AgentState.Ready, 400), WallboardData.Row("1002", AgentState.Ready, 5));

        Assert.Contains("color:#fff", Line(cut, "1001").GetAttribute("style"));
        Assert.Contains("color:#000", Line(cut, "1002").GetAttribute("style"));
    }

    [Fact]
    public void Line_changes_band_when_the_wallboard_re_reads_later()
    {
        var row = WallboardData.Row("1001", AgentState.Ready, 50);
        var cut = RenderGrid(row);

        _time.Advance(TimeSpan.FromSeconds(15));
        cut.Render(p => p.Add(g => g.Rows, [row]));

        Assert.Equal("Waiting 1 min+", Cell(cut, "1001", "Colour"));
        Assert.Equal("01:05", Cell(cut, "1001", "Time in state"));
    }

    [Fact]
    public void Line_shows_the_agent_the_call_and_the_indicators()
    {
        var row = WallboardData.Row("1002", AgentState.InCall, 70, flags: CallFlags.Recording | CallFlags.ThreeWay, callsToday: 4, inGroups: ["SALESLINE"]);
        row = row with { Session = row.Session with { PauseAfterDispo = true, Blended = true } };
        var cut = RenderGrid(row);

        Assert.Equal("Agent 1002", Cell(cut, "1002", "Name"));
        Assert.Equal("INCALL", Cell(cut, "1002", "State"));
        Assert.Equal("3125551002", Cell(cut, "1002", "Customer"));
        Assert.Equal("104", Cell(cut, "1002", "Lead"));
        Assert.Equal("SALESLINE +outbound", Cell(cut, "1002", "In-groups"));
        Assert.Equal("4", Cell(cut, "1002", "Calls today"));
        Assert.Equal("REC · 3-WAY · pause after call", Cell(cut, "1002", "Indicators"));
        Assert.Equal("3-way call", Cell(cut, "1002", "Colour"));
    }

    [Fact]
    public void Clicking_a_header_sorts_by_that_column_and_clicking_again_reverses_it()
    {
        var cut = RenderGrid(
            WallboardData.Row("1003", AgentState.Ready, 30, callsToday: 2),
            WallboardData.Row("1001", AgentState.Paused, 200, callsToday: 9),
            WallboardData.Row("1002", AgentState.InCall, 70, callsToday: 4));

        SortBy(cut, "Calls today");
        var ascending = Agents(cut);
        SortBy(cut, "Calls today");

        Assert.Equal(["1003", "1002", "1001"], ascending);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
    }

    [Fact]
    public void Sorting_by_time_in_state_puts_the_shortest_first_then_the_longest()
    {
        var cut = RenderGrid(
            WallboardData.Row("1003", AgentState.Ready, 30),
            WallboardData.Row("1001", AgentState.Paused, 200),
            WallboardData.Row("1002", AgentState.InCall, 70));

        SortBy(cut, "Time in state");
        var ascending = Agents(cut);
        SortBy(cut, "Time in state");

        Assert.Equal(["1003", "1002", "1001"], ascending);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
    }

    [Fact]
    public void Control_button_names_the_agent_and_reports_which_one()
    {
        string? controlled = null;
        var cut = Render<AgentGrid>(p => p
            .Add(g => g.Rows, [WallboardData.Row("1001", AgentState.Ready)])
            .Add(g => g.OnControl, agent => controlled = agent));

        ButtonNamed(cut, "Control 1001").Click();

        Assert.Equal("1001", controlled);
    }

    [Fact]
    public void Every_column_sorts_and_filters()
    {
        var cut = RenderGrid(WallboardData.Row("1001", AgentState.Ready));

        var columns = cut.FindComponents<MudBlazor.Column<WallboardLine>>().Select(c => c.Instance).ToList();

        Assert.Equal(12, columns.Count);
        Assert.All(columns, c => Assert.True(c.Sortable != false && c.Filterable != false, c.Title));
    }

    [Fact]
    public void A_thousand_agents_are_virtualised_not_all_drawn()
    {
        var rows = Enumerable.Range(1, 1000).Select(n => WallboardData.Row($"{n:D4}", AgentState.Ready, n % 400)).ToArray();

        var cut = RenderGrid(rows);

        Assert.True(cut.FindAll("tbody [data-agent]").Count < 200, "every one of 1,000 lines was drawn");
    }

    private IRenderedComponent<AgentGrid> RenderGrid(params WallboardRow[] rows) =>
        Render<AgentGrid>(p => p.Add(g => g.Rows, rows));

    private static AngleSharp.Dom.IElement Line(IRenderedComponent<AgentGrid> cut, string agent) =>
        cut.FindAll("tbody tr").Single(tr => tr.QuerySelector($"[data-agent='{agent}']") is not null);

    private static string Cell(IRenderedComponent<AgentGrid> cut, string agent, string column) =>
        Line(cut, agent).QuerySelector($"td[data-label='{column}']")!.TextContent.Trim();

    private static List<string?> Agents(IRenderedComponent<AgentGrid> cut) =>
        [.. cut.FindAll("tbody [data-agent]").Select(e => e.GetAttribute("data-agent"))];

    private static void SortBy(IRenderedComponent<AgentGrid> cut, string title) =>
        cut.FindAll("th").Single(th => th.TextContent.Contains(title, StringComparison.Ordinal))
            .QuerySelector(".sortable-column-header")!.Click();
}
