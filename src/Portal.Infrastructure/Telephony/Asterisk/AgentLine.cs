namespace Portal.Infrastructure.Telephony.Asterisk;

/// <summary>
/// An agent's place on the PBX while logged in: their own mixing bridge (VICIdial's session conference) with their
/// phone's channel in it for the whole session; calls join and leave it.
/// </summary>
internal sealed class AgentLine(string agentUser, string phoneLogin, string bridgeId)
{
    public string AgentUser { get; } = agentUser;

    public string PhoneLogin { get; set; } = phoneLogin;

    public string BridgeId { get; } = bridgeId;

    /// <summary>The phone's channel while it is up.</summary>
    public string? ChannelId { get; set; }
}
