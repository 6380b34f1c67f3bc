namespace Portal.Infrastructure.Events;

/// <summary>The event types of the integration contract. Names never change; new types may be added.</summary>
public static class IntegrationEventTypes
{
    public const string AgentLogin = "agent.login";
    public const string AgentState = "agent.state";
    public const string AgentInGroups = "agent.ingroups";
    public const string AgentLogout = "agent.logout";
    public const string CallOffered = "call.offered";
    public const string CallDialing = "call.dialing";
    public const string CallAnswered = "call.answered";
    public const string CallEnded = "call.ended";
    public const string Disposition = "disposition";
    public const string Notification = "notification";

    public static readonly IReadOnlyList<string> All =
    [
        AgentLogin, AgentState, AgentInGroups, AgentLogout, CallOffered, CallDialing, CallAnswered, CallEnded, Disposition, Notification,
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}
