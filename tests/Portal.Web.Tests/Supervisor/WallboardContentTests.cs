namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Supervision;
using Portal.Web.Components.Supervisor;
using Portal.Web.Tests.Fakes;

/// <summary>The wallboard body: filters, figures, the waiting-calls panel, the legend and opening remote control.</summary>
public sealed class WallboardContentTests : ScreenTestContext
{
    private static readonly WallboardView Board = WallboardData.View(
        WallboardData.Row("1003", AgentState.Ready, 30, inGroups: ["SALESLINE"], callsToday: 2),
        WallboardData.Row("1001", AgentState.Paused, 200, campaign: "INBOUND", callsToday: 9, pauseCode: "BREAK"),
        WallboardData.Row("1002", AgentState.InCall, 70, userGroup: "TEAMB", callsToday: 4)) with
    {
        Queue =
        [
            WallboardData.Waiting("W1", "SUPPORT", "INBOUND", 80),
            WallboardData.Waiting("W2", "SALESLINE", "INBOUND", 20),
            WallboardData.Waiting("W3", "SUPPORT", "INBOUND", 10),
        ],
        CallsByCampaign = new Dictionary<string, CallFigures>
        {
            ["TESTCAMP"] = new(Answered: 6, Dropped: 2, Waited: 6, WaitSeconds: 64, Talks: 6, TalkSeconds: 600, WrapUps: 5, WrapUpSeconds: 50),
            ["INBOUND"] = new(Answered: 2, Dropped: 0, Waited: 2, WaitSeconds: 40, Talks: 2, TalkSeconds: 200, WrapUps: 1, WrapUpSeconds: 10),
        },
    };

    public WallboardContentTests()
    {
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
        Services.AddSingleton<IRemoteControl>(new FakeRemoteControl());
    }

    [Fact]
    public void Agents_are_listed_by_user_at_first()
    {
        Assert.Equal(["1001", "1002", "1003"], Agents(RenderBoard()));
    }

    [Fact]
    public void Campaign_filter_shows_its_agents_its_queue_and_its_figures()
    {
        var cut = RenderBoard();

        Choose(cut, "Campaign", "TESTCAMP");

        Assert.Equal(["1002", "1003"], Agents(cut));
        Assert.Equal("8", Tile(cut, "Calls today"));
        Assert.Equal(3, WaitingCalls(cut).Count);
    }

    [Fact]
    public void In_group_filter_shows_agents_taking_it_and_its_waiting_calls()
    {
        var cut = RenderBoard();

        Choose(cut, "In-group", "SALESLINE");

        Assert.Equal(["1003"], Agents(cut));
        Assert.Equal(["555W2"], WaitingCalls(cut));
    }

    [Fact]
    public void User_group_filter_shows_its_agents_and_all_filters_back_shows_everyone()
    {
        var cut = RenderBoard();

        Choose(cut, "User group", "TEAMB");
        var team = Agents(cut);
        Choose(cut, "User group", "");

        Assert.Equal(["1002"], team);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
    }

    [Fact]
    public void Filters_that_match_nobody_say_so()
    {
        var cut = RenderBoard();

        Choose(cut, "User group", "TEAMB");
        Choose(cut, "In-group", "SALESLINE");

        Assert.Contains("No logged-in agent matches these filters.", cut.Markup);
    }

    [Fact]
    public void Tiles_count_agents_by_state_and_add_up_todays_calls()
    {
        var cut = RenderBoard();

        Assert.Equal(
            ["3", "1", "1", "1", "0", "3", "10", "8", "2", "20.0 %", "00:13", "01:40", "00:10"],
            new[]
            {
                "Agents logged in", "Ready", "In call", "Paused", "In disposition", "Calls waiting", "Calls today", "Answered", "Dropped",
                "Drop rate", "Average wait", "Average talk", "Average wrap-up",
            }.Select(label => Tile(cut, label)));
    }

    [Fact]
    public void Calls_waiting_per_queue_show_the_oldest_wait()
    {
        var cut = RenderBoard();

        var support = cut.Find("[aria-label='Calls waiting in SUPPORT']").TextContent;

        Assert.Contains("2 waiting", support);
        Assert.Contains("01:20", support);
    }

    [Fact]
    public void Empty_board_explains_that_agents_appear_when_they_log_in()
    {
        var cut = Render<WallboardContent>(p => p.Add(c => c.View, WallboardView.Empty).Add(c => c.Catalog, WallboardData.Catalog).Add(c => c.Supervisor, "super"));

        Assert.Contains("Agents appear here the moment they log in.", cut.Markup);
        Assert.Contains("No calls are waiting.", cut.Markup);
    }

    [Fact]
    public void Legend_explains_every_colour_in_words()
    {
        var cut = RenderBoard();

        var legend = cut.FindAll("li[data-band]").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(13, legend.Count);
        Assert.Contains("Waiting for a call (READY)", legend);
        Assert.Contains("Customer hung up; the agent is still on the line", legend);
    }

    [Fact]
    public void Control_opens_the_drawer_for_that_agent_and_close_shuts_it()
    {
        var cut = RenderBoard();

        ButtonNamed(cut, "Control 1002").Click();
        var title = cut.Find("#remote-control-title").TextContent;
        ButtonNamed(cut, "Close remote control").Click();

        Assert.Contains("Control 1002 · Agent 1002", title);
        Assert.Empty(cut.FindAll("#remote-control-title"));
    }

    [Fact]
    public void A_spanish_speaking_supervisor_reads_the_wallboard_in_spanish()
    {
        UseSpanish();

        var cut = RenderBoard();

        Assert.Equal("3", cut.Find("[role='listitem'][aria-label='Agentes conectados'] .tile-value").TextContent.Trim());
        Assert.NotNull(ButtonNamed(cut, "Controlar 1001"));
        Assert.Contains("Esperando una llamada (READY)", cut.Markup);
    }

    private IRenderedComponent<WallboardContent> RenderBoard()
    {
        RenderProviders();
        return Render<WallboardContent>(p => p.Add(c => c.View, Board).Add(c => c.Catalog, WallboardData.Catalog).Add(c => c.Supervisor, "super"));
    }

    private static List<string?> Agents(IRenderedComponent<WallboardContent> cut) =>
        [.. cut.FindAll("tbody [data-agent]").Select(e => e.GetAttribute("data-agent"))];

    private static List<string> WaitingCalls(IRenderedComponent<WallboardContent> cut) =>
        [.. cut.FindAll("table[aria-label='Waiting calls'] tbody td[data-label='Phone']").Select(td => td.TextContent.Trim())];

    private static string Tile(IRenderedComponent<WallboardContent> cut, string label) =>
        cut.Find($"[role='listitem'][aria-label='{label}'] .tile-value").TextContent.Trim();
}
