namespace Portal.Web.Tests;

using Portal.Domain.Sessions;

/// <summary>Session snapshots for component tests; vary them with <c>with { ... }</c>.</summary>
internal static class Sessions
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static SessionSnapshot In(AgentState state, string? pauseCode = null, string agentUser = "agent1") => new(
        AgentUser: agentUser,
        CampaignId: "SALES",
        CampaignIsManual: false,
        PhoneLogin: "1001",
        LoggedInAt: Now.AddMinutes(-30),
        State: state,
        PauseCode: pauseCode,
        StateSince: Now.AddSeconds(-10),
        Call: null,
        PauseAfterDispo: false,
        PendingPauseCode: null,
        LogoutAfterDispo: false,
        InGroups: [],
        Blended: true,
        Version: 1);
}
