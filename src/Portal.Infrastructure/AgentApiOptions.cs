namespace Portal.Infrastructure;

/// <summary>The VICIdial-compatible Agent API at /agc/api.php.</summary>
public sealed class AgentApiOptions
{
    /// <summary>The <see cref="OutboundCidAny"/> value that lets external_dial set its own caller id.</summary>
    public const string OutboundCidApiOnly = "API_ONLY";

    /// <summary>VICIdial's system setting vdc_agent_api_active: when false every call answers "System API NOT ACTIVE".</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// VICIdial's system setting agent_notifications: when false send_notification answers
    /// "Agent API Notifications are disabled on this system".
    /// </summary>
    public bool NotificationsEnabled { get; set; } = true;

    /// <summary>
    /// How long a verified API user + password is remembered, so repeated calls skip the PBKDF2 check (tens of
    /// milliseconds each). 0 switches the cache off. Changes made through Portal invalidate it at once.
    /// </summary>
    public int CredentialCacheSeconds { get; set; } = 60;

    /// <summary>
    /// VICIdial's system setting outbound_cid_any: only the exact value <c>API_ONLY</c> lets external_dial's
    /// outbound_cid parameter set the caller id of the call; anything else refuses it.
    /// </summary>
    public string OutboundCidAny { get; set; } = "DISABLED";

    /// <summary>
    /// The agent's webphone for webphone_url (VICIdial's vicidial_session_data.webphone_url): a URL template where
    /// {user} is the agent and {phone} their phone login, both URL-encoded. Empty: webphone_url answers
    /// "webphone url is empty".
    /// </summary>
    public string WebphoneUrl { get; set; } = "";
}
