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

    /// <summary>
    /// Portal is ringing the phone (at login, or again after it hung up or an outage): one ring at a time, and a
    /// resync after a reconnect leaves the line alone while it rings.
    /// </summary>
    public bool Ringing { get; set; }

    /// <summary>
    /// The agent's bridge is named after agent and phone, so a Portal that starts again (or a new leader) finds its
    /// agents' lines on Asterisk: "user phone", both escaped.
    /// </summary>
    public static string NameFor(string agentUser, string phoneLogin) => $"{Uri.EscapeDataString(agentUser)} {Uri.EscapeDataString(phoneLogin)}";

    /// <summary>The line a bridge of this name and id stands for, or null when it is not an agent's bridge.</summary>
    public static AgentLine? FromBridge(string bridgeId, string name)
    {
        var parts = name.Split(' ');
        return parts.Length == 2 && bridgeId.StartsWith("portal-agent-", StringComparison.Ordinal)
            ? new AgentLine(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]), bridgeId)
            : null;
    }
}
