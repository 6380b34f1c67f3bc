namespace Portal.Domain.Users;

/// <summary>
/// The functions a user's allowed functions may name (VICIdial's api_allowed_functions, shared by its agent and
/// non-agent APIs): those of the Agent API (/agc/api.php), and the non-agent API functions that Portal's REST
/// endpoints and event hub count as.
/// </summary>
public static class AgentApiFunctions
{
    /// <summary>The functions /agc/api.php serves.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "audio_playback", "call_agent", "calls_in_queue_count", "change_ingroups", "external_add_lead", "external_dial",
        "external_hangup", "external_pause", "external_status", "force_fronter_audio_stop", "force_fronter_leave_3way", "logout",
        "park_call", "pause_code", "preview_dial_action", "ra_call_control", "recording", "refresh_panel", "send_dtmf",
        "send_notification", "set_timer_action", "st_get_agent_active_lead", "st_login_log", "switch_lead", "transfer_conference",
        "update_fields", "vm_message", "webphone_url", "webserver",
    ];

    /// <summary>
    /// VICIdial non-agent API functions that REST endpoints and the event hub count as (reading agents and leads,
    /// callbacks, the audit log); the REST commands count as the Agent API function they do.
    /// </summary>
    public static readonly IReadOnlyList<string> NonAgentNames =
    [
        "agent_status", "api_log", "lead_all_info", "lead_callback_info", "logged_in_agents", "update_lead",
    ];

    /// <summary>Every function an admin may grant: <see cref="Names"/> and <see cref="NonAgentNames"/>.</summary>
    public static readonly IReadOnlyList<string> Grantable = [.. Names, .. NonAgentNames];

    /// <summary>Whether a space-separated list names only grantable functions (or <see cref="ApiPermissions.AllFunctions"/>).</summary>
    public static bool AreKnown(string? allowedFunctions) =>
        (allowedFunctions ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(f => f == ApiPermissions.AllFunctions || Grantable.Contains(f, StringComparer.Ordinal));
}
