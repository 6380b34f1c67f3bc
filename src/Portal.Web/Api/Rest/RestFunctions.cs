namespace Portal.Web.Api.Rest;

/// <summary>
/// Which VICIdial function each REST endpoint counts as, for the allowed-functions check and the audit log. Agent
/// commands use the Agent API's names (agc/api.php); reads and lead/callback writes use the names of VICIdial's
/// non-agent API where it has one. The README lists the same mapping.
/// </summary>
public static class RestFunctions
{
    public const string ListAgents = "logged_in_agents";
    public const string GetAgent = "agent_status";
    public const string Pause = "external_pause";
    public const string Resume = "external_pause";
    public const string Hangup = "external_hangup";
    public const string Disposition = "external_status";
    public const string Dial = "external_dial";
    public const string Transfer = "transfer_conference";
    public const string Park = "park_call";
    public const string Recording = "recording";
    public const string Dtmf = "send_dtmf";
    public const string Notify = "send_notification";
    public const string InGroups = "change_ingroups";
    public const string Logout = "logout";
    public const string ListCallbacks = "lead_callback_info";
    public const string ScheduleCallback = "update_lead";
    public const string GetLead = "lead_all_info";
    public const string UpdateLead = "update_fields";

    /// <summary>Portal's own: reading the API audit log.</summary>
    public const string Audit = "api_log";

    /// <summary>Requests to paths the API does not have; only audited, never allowed.</summary>
    public const string Unknown = "unknown";
}
