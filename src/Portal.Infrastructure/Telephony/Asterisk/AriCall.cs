namespace Portal.Infrastructure.Telephony.Asterisk;

/// <summary>A customer call Portal controls: its channel (whose id is the call id), whose bridge it is in, and its lines.</summary>
internal sealed class AriCall(string callId, string? agentUser)
{
    public string CallId { get; } = callId;

    public string? AgentUser { get; set; } = agentUser;

    /// <summary>In the Stasis application: answered (outbound) or arrived (inbound).</summary>
    public bool Answered { get; set; }

    /// <summary>How the dial of an outbound call ended (Asterisk's DIALSTATUS: BUSY, NOANSWER, ...), once known.</summary>
    public string? DialStatus { get; set; }

    public CallPlace Place { get; set; } = CallPlace.Waiting;

    /// <summary>Music on hold plays to the customer (waiting inbound, on hold, waiting after a local closer).</summary>
    public bool HearsMusic { get; set; }

    public string? ConferenceChannelId { get; set; }

    public string? ConferenceNumber { get; set; }

    public bool ConferenceAnswered { get; set; }

    public string? RecordingName { get; set; }
}
