namespace Portal.Infrastructure;

/// <summary>The VICIdial-compatible Agent API at /agc/api.php.</summary>
public sealed class AgentApiOptions
{
    /// <summary>VICIdial's system setting vdc_agent_api_active: when false every call answers "System API NOT ACTIVE".</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The agent's webphone for webphone_url (VICIdial's vicidial_session_data.webphone_url): a URL template where
    /// {user} is the agent and {phone} their phone login, both URL-encoded. Empty: webphone_url answers
    /// "webphone url is empty".
    /// </summary>
    public string WebphoneUrl { get; set; } = "";
}
