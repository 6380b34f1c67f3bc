namespace Portal.Domain.Campaigns;

public enum DialMethod
{
    /// <summary>Agents dial by hand (manual dial, preview, dial next).</summary>
    Manual,

    /// <summary>The dialer places calls and connects answered ones to READY agents.</summary>
    Ratio,

    /// <summary>Inbound calls only; agents may dial by hand while paused.</summary>
    InboundMan,
}
