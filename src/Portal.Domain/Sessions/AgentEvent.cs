namespace Portal.Domain.Sessions;

using Portal.Domain.Callbacks;

/// <summary>Something that happened to a live session. Published to screens, wallboards, logs and integrations.</summary>
public abstract record AgentEvent(string AgentUser, DateTimeOffset At);

public sealed record AgentLoggedIn(string AgentUser, DateTimeOffset At, string CampaignId, string PhoneLogin)
    : AgentEvent(AgentUser, At);

/// <summary>The session left one state for another; <paramref name="PreviousSince"/> lets logs compute durations.</summary>
public sealed record AgentStateChanged(
    string AgentUser,
    DateTimeOffset At,
    AgentState State,
    string? PauseCode,
    AgentState PreviousState,
    string? PreviousPauseCode,
    DateTimeOffset PreviousSince) : AgentEvent(AgentUser, At)
{
    public TimeSpan PreviousDuration => At - PreviousSince;
}

/// <summary>A pending intent to pause or log out after the current call was set or cleared.</summary>
public sealed record PendingIntentChanged(string AgentUser, DateTimeOffset At, bool PauseAfterDispo, bool LogoutAfterDispo)
    : AgentEvent(AgentUser, At);

public sealed record CallOffered(string AgentUser, DateTimeOffset At, ActiveCall Call) : AgentEvent(AgentUser, At);

public sealed record CallConnected(string AgentUser, DateTimeOffset At, ActiveCall Call) : AgentEvent(AgentUser, At);

public sealed record CallFlagsChanged(string AgentUser, DateTimeOffset At, CallFlags Flags) : AgentEvent(AgentUser, At);

public sealed record CallAnsweredByCustomer(string AgentUser, DateTimeOffset At, ActiveCall Call) : AgentEvent(AgentUser, At);

public sealed record ConferenceLineChanged(string AgentUser, DateTimeOffset At, string? Number) : AgentEvent(AgentUser, At);

public sealed record CallEnded(
    string AgentUser, DateTimeOffset At, ActiveCall Call, bool ByCustomer, CallEndReason Reason = CallEndReason.AgentHangup)
    : AgentEvent(AgentUser, At);

public sealed record CallDispositioned(
    string AgentUser, DateTimeOffset At, ActiveCall Call, string StatusCode, string CampaignId, CallbackRequest? Callback = null)
    : AgentEvent(AgentUser, At);

public sealed record InGroupsChanged(string AgentUser, DateTimeOffset At, IReadOnlyList<string> InGroups, bool Blended)
    : AgentEvent(AgentUser, At);

public sealed record NotificationReceived(string AgentUser, DateTimeOffset At, AgentNotification Notification)
    : AgentEvent(AgentUser, At);

public sealed record AgentLoggedOut(string AgentUser, DateTimeOffset At, AgentState LastState, string? LastPauseCode, DateTimeOffset LastSince)
    : AgentEvent(AgentUser, At);

public sealed record LeadPreviewed(string AgentUser, DateTimeOffset At, long? LeadId) : AgentEvent(AgentUser, At);

public sealed record LeadSwitched(string AgentUser, DateTimeOffset At, long? PreviousLeadId, long LeadId) : AgentEvent(AgentUser, At);

public sealed record PanelsRefreshRequested(string AgentUser, DateTimeOffset At, IReadOnlyList<string> Panels) : AgentEvent(AgentUser, At);
