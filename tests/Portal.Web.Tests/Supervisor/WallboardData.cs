namespace Portal.Web.Tests.Supervisor;

using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Supervision;

/// <summary>Wallboard rows, views and catalogues for component tests.</summary>
internal static class WallboardData
{
    public static readonly WallboardCatalog Catalog = new(
        [
            new WallboardCampaign("TESTCAMP", "Test campaign", false, PauseCodeMode.Optional,
                [new PauseCodeChoice("BREAK", "Short break"), new PauseCodeChoice("LUNCH", "Lunch")], ["SALESLINE", "SUPPORT"],
                [new StatusChoice("SALE", "Sale made"), new StatusChoice("NI", "Not interested")]),
            new WallboardCampaign("INBOUND", "Inbound only", true, PauseCodeMode.Forced, [new PauseCodeChoice("BREAK", "Short break")], ["SUPPORT"], []),
        ],
        [new InGroupChoice("SALESLINE", "Sales line", "#2e7d32"), new InGroupChoice("SUPPORT", "Customer support", "#1565c0")],
        ["AGENTS", "TEAMB"]);

    /// <summary>An agent in a state for <paramref name="secondsInState"/> seconds before <see cref="Sessions.Now"/>.</summary>
    public static WallboardRow Row(
        string agentUser, AgentState state, int secondsInState = 5, string campaign = "TESTCAMP", string userGroup = "AGENTS",
        CallFlags flags = CallFlags.None, string[]? inGroups = null, int callsToday = 0, string? pauseCode = null)
    {
        var call = state is AgentState.InCall or AgentState.Queue or AgentState.Dispo
            ? new ActiveCall($"C{agentUser}", 100 + callsToday, $"312555{agentUser}", CallDirection.Inbound, "SUPPORT", flags, Sessions.Now.AddSeconds(-secondsInState))
            : null;
        var session = Sessions.In(state, pauseCode, agentUser) with
        {
            CampaignId = campaign,
            StateSince = Sessions.Now.AddSeconds(-secondsInState),
            Call = call,
            InGroups = inGroups ?? ["SUPPORT"],
        };
        return new WallboardRow(session, $"Agent {agentUser}", userGroup, callsToday, []);
    }

    public static WallboardView View(params WallboardRow[] rows) => new(rows, [], new Dictionary<string, CallFigures>());

    public static TrackedCall Waiting(string callId, string inGroup, string campaign, int secondsWaiting) =>
        new(callId, TrackedCallKind.Inbound, campaign, inGroup, null, "1", $"555{callId}", Sessions.Now.AddSeconds(-secondsWaiting));
}
