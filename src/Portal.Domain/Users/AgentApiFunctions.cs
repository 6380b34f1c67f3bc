namespace Portal.Domain.Users;

/// <summary>The functions of VICIdial's Agent API that a user's allowed functions may name (api_allowed_functions).</summary>
public static class AgentApiFunctions
{
    public static readonly IReadOnlyList<string> Names =
    [
        "audio_playback", "call_agent", "calls_in_queue_count", "change_ingroups", "external_add_lead", "external_dial",
        "external_hangup", "external_pause", "external_status", "force_fronter_audio_stop", "force_fronter_leave_3way", "logout",
        "park_call", "pause_code", "preview_dial_action", "ra_call_control", "recording", "refresh_panel", "send_dtmf",
        "send_notification", "set_timer_action", "st_get_agent_active_lead", "st_login_log", "switch_lead", "transfer_conference",
        "update_fields", "vm_message", "webphone_url", "webserver",
    ];

    /// <summary>Whether a space-separated list names only known functions (or <see cref="ApiPermissions.AllFunctions"/>).</summary>
    public static bool AreKnown(string? allowedFunctions) =>
        (allowedFunctions ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(f => f == ApiPermissions.AllFunctions || Names.Contains(f, StringComparer.Ordinal));
}
