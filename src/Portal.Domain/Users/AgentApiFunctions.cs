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

    /// <summary>
    /// The functions only the REST API checks (its reads and lead/callback writes, named after VICIdial's non-agent
    /// API, plus Portal's api_log): grantable one by one like the Agent API's.
    /// </summary>
    public static readonly IReadOnlyList<string> RestNames =
        ["agent_status", "api_log", "lead_all_info", "lead_callback_info", "logged_in_agents", "update_lead"];

    /// <summary>Every function a user's allowed functions may name, in the order the user form lists them.</summary>
    public static readonly IReadOnlyList<string> Grantable = [.. Names, .. RestNames];

    /// <summary>Whether a space-separated list names only known functions (or <see cref="ApiPermissions.AllFunctions"/>).</summary>
    public static bool AreKnown(string? allowedFunctions) =>
        (allowedFunctions ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(f => f == ApiPermissions.AllFunctions || Grantable.Contains(f, StringComparer.Ordinal));
}
