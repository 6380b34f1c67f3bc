namespace Portal.Infrastructure;

/// <summary>The VICIdial-compatible Agent API at /agc/api.php.</summary>
public sealed class AgentApiOptions
{
    /// <summary>VICIdial's system setting vdc_agent_api_active: when false every call answers "System API NOT ACTIVE".</summary>
    public bool Enabled { get; set; } = true;
}
