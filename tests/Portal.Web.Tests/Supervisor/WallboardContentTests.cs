namespace Portal.Web.Tests.Supervisor;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Supervision;
using Portal.Web.Components.Supervisor;
using Portal.Web.Tests.Fakes;
using Radzen;

/// <summary>The wallboard body: filters, sorting, tiles and the waiting-calls panel.</summary>
public sealed class WallboardContentTests : BunitContext
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
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Agents_are_sorted_by_user_at_first()
    {
        Assert.Equal(["1001", "1002", "1003"], Agents(RenderBoard()));
    }

    [Fact]
    public void Clicking_a_header_sorts_by_that_column_and_clicking_again_reverses_it()
    {
        var cut = RenderBoard();

        SortBy(cut, "Calls today");
        var ascending = Agents(cut);
        var ariaAscending = Header(cut, "Calls today").GetAttribute("aria-sort");
        SortBy(cut, "Calls today");

        Assert.Equal(["1003", "1002", "1001"], ascending);
        Assert.Equal("ascending", ariaAscending);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
        Assert.Equal("descending", Header(cut, "Calls today").GetAttribute("aria-sort"));
        Assert.Equal("none", Header(cut, "User").GetAttribute("aria-sort"));
    }

    [Fact]
    public void Sorting_by_time_in_state_puts_the_longest_last_then_first()
    {
        var cut = RenderBoard();

        SortBy(cut, "Time in state");
        var ascending = Agents(cut);
        SortBy(cut, "Time in state");

        Assert.Equal(["1003", "1002", "1001"], ascending);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
    }

    [Fact]
    public void Campaign_filter_shows_its_agents_its_queue_and_its_figures()
    {
        var cut = RenderBoard();

        cut.Find("#filter-campaign").Change("TESTCAMP");

        Assert.Equal(["1002", "1003"], Agents(cut));
        Assert.Equal("8", Tile(cut, "Calls today"));
        Assert.Equal(3, cut.FindAll("[aria-label='Waiting calls'] tbody tr").Count);
    }

    [Fact]
    public void In_group_filter_shows_agents_taking_it_and_its_waiting_calls()
    {
        var cut = RenderBoard();

        cut.Find("#filter-ingroup").Change("SALESLINE");

        Assert.Equal(["1003"], Agents(cut));
        Assert.Equal(["W2"], cut.FindAll("[aria-label='Waiting calls'] tbody tr").Select(r => r.GetAttribute("data-call")));
    }

    [Fact]
    public void User_group_filter_shows_its_agents_and_all_filters_back_shows_everyone()
    {
        var cut = RenderBoard();

        cut.Find("#filter-usergroup").Change("TEAMB");
        var team = Agents(cut);
        cut.Find("#filter-usergroup").Change("");

        Assert.Equal(["1002"], team);
        Assert.Equal(["1001", "1002", "1003"], Agents(cut));
    }

    [Fact]
    public void Filters_that_match_nobody_say_so()
    {
        var cut = RenderBoard();

        cut.Find("#filter-usergroup").Change("TEAMB");
        cut.Find("#filter-ingroup").Change("SALESLINE");

        Assert.Equal("No logged-in agent matches these filters.", cut.Find(".wallboard-agents .empty-state").TextContent);
    }

    [Fact]
    public void Filters_are_labelled()
    {
        var cut = RenderBoard();

        Assert.Equal(
            ["Campaign", "In-group", "User group"],
            new[] { "filter-campaign", "filter-ingroup", "filter-usergroup" }.Select(id => cut.Find($"label[for='{id}']").TextContent));
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

        var queues = cut.FindAll("[aria-label='Calls waiting per queue'] li").Select(li => li.TextContent).ToList();

        Assert.Equal(2, queues.Count);
        Assert.Contains("SUPPORT", queues[1]);
        Assert.Contains("2 waiting", queues[1]);
        Assert.Contains("01:20", queues[1]);
    }

    [Fact]
    public void Empty_board_explains_that_agents_appear_when_they_log_in()
    {
        var cut = Render<WallboardContent>(p => p.Add(c => c.View, WallboardView.Empty).Add(c => c.Catalog, WallboardData.Catalog).Add(c => c.Supervisor, "super"));

        Assert.Contains("Agents appear here the moment they log in.", cut.Find(".wallboard-agents .empty-state").TextContent);
        Assert.Equal("No calls are waiting.", cut.Find(".queue-panel .empty-state").TextContent);
    }

    private IRenderedComponent<WallboardContent> RenderBoard() =>
        Render<WallboardContent>(p => p.Add(c => c.View, Board).Add(c => c.Catalog, WallboardData.Catalog).Add(c => c.Supervisor, "super"));

    private static List<string?> Agents(IRenderedComponent<WallboardContent> cut) =>
        [.. cut.FindAll("tbody tr[data-agent]").Select(r => r.GetAttribute("data-agent"))];

    private static AngleSharp.Dom.IElement Header(IRenderedComponent<WallboardContent> cut, string title) =>
        cut.FindAll("th[aria-sort]").Single(th => th.TextContent.Trim() == title);

    private static void SortBy(IRenderedComponent<WallboardContent> cut, string title) => Header(cut, title).QuerySelector("button")!.Click();

    private static string Tile(IRenderedComponent<WallboardContent> cut, string label) =>
        cut.Find($".tile[aria-label='{label}'] .tile-value").TextContent;
}
