namespace Portal.Infrastructure.Telephony;

using System.Threading.Channels;

/// <summary>
/// The telephony port: what the agent desk asks of a PBX, and the events the PBX reports back. The embedded default
/// is <see cref="SimulatedPbx"/>; a real PBX adapter implements the same interface. Only the call center on the
/// cluster's leader reads the events; anything else asks through <see cref="ITelephonyCommands"/>.
/// </summary>
public interface ITelephony : ITelephonyCommands
{
    /// <summary>Call outcomes, customer hang-ups and inbound arrivals, in the order they happen.</summary>
    ChannelReader<TelephonyEvent> Events { get; }

    bool SupportsHoldAndMute { get; }

    /// <summary>Raised when the PBX becomes unreachable (false) and reachable again (true).</summary>
    event Action<bool>? ReachabilityChanged;

    /// <summary>An agent's phone hung up during their session (the agent, and whether the PBX rings it again).</summary>
    event Action<string, bool>? AgentPhoneLost;
}
