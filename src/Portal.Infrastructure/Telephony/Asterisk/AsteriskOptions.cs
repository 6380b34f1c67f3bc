namespace Portal.Infrastructure.Telephony.Asterisk;

/// <summary>
/// How Portal reaches Asterisk's REST interface (section <c>Telephony:Asterisk</c>) and how it dials agents, customers
/// and supervisors. Endpoint templates take <c>{phone}</c> (an agent's phone login), <c>{number}</c> (a dialled
/// number) or <c>{user}</c> (a supervisor's user name): <c>PJSIP/{phone}</c>, <c>PJSIP/{number}@trunk</c>, or
/// <c>Local/{phone}@portal-test-phones/n</c> for tests.
/// </summary>
public sealed class AsteriskOptions
{
    public const string Section = "Telephony:Asterisk";

    /// <summary>Asterisk's HTTP server, e.g. <c>http://127.0.0.1:8088</c> (ARI lives under <c>/ari</c>).</summary>
    public string AriUrl { get; set; } = "http://127.0.0.1:8088";

    public string AriUser { get; set; } = "";

    public string AriPassword { get; set; } = "";

    /// <summary>The Stasis application; the dialplan sends inbound calls to <c>Stasis(portal,inbound,IN-GROUP)</c>.</summary>
    public string Application { get; set; } = "portal";

    public string AgentEndpoint { get; set; } = "PJSIP/{phone}";

    public string CustomerEndpoint { get; set; } = "PJSIP/{number}@trunk";

    /// <summary>Transfers and 3-way calls; the customer endpoint when empty.</summary>
    public string ConferenceEndpoint { get; set; } = "";

    public string SupervisorEndpoint { get; set; } = "PJSIP/{user}";

    /// <summary>The dialplan context a blind transfer continues in, with the number as the extension.</summary>
    public string TransferContext { get; set; } = "portal-transfer";

    /// <summary>The caller id agents', supervisors' and 3-way lines show.</summary>
    public string CallerId { get; set; } = "Portal";

    /// <summary>How long an agent's or supervisor's phone rings before the login gives up.</summary>
    public int PhoneRingSeconds { get; set; } = 30;

    /// <summary>How long a customer's or third party's line rings before it counts as not answered.</summary>
    public int DialTimeoutSeconds { get; set; } = 45;

    public string MusicOnHoldClass { get; set; } = "default";

    public string RecordingFormat { get; set; } = "wav";

    /// <summary>Where Asterisk writes recordings (its <c>astspooldir</c>/recording), as reported with each file name.</summary>
    public string RecordingPath { get; set; } = "/var/spool/asterisk/recording";

    /// <summary>Waits between attempts to reach Asterisk again after the connection dropped.</summary>
    public double ReconnectSeconds { get; set; } = 2;

    /// <summary>An agent's phone that hangs up during the session is rung again after this long (0 = not rung again).</summary>
    public double PhoneRedialSeconds { get; set; } = 3;

    public string ConferenceEndpointOrCustomer => string.IsNullOrWhiteSpace(ConferenceEndpoint) ? CustomerEndpoint : ConferenceEndpoint;
}
