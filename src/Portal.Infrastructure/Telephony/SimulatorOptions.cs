namespace Portal.Infrastructure.Telephony;

/// <summary>The simulated PBX and its customers (section <c>Telephony:Simulator</c>).</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Telephony:Simulator";

    /// <summary>Random seed; the same seed gives the same calls, numbers and outcomes.</summary>
    public int? Seed { get; set; }

    /// <summary>New inbound calls per minute on each in-group (0 = none).</summary>
    public double InboundCallsPerMinute { get; set; } = 2;

    /// <summary>Share of inbound callers who are existing leads (the rest are new numbers).</summary>
    public double InboundKnownCallerShare { get; set; } = 0.7;

    /// <summary>How long an outbound call rings before it is answered, busy or unanswered.</summary>
    public double RingSeconds { get; set; } = 3;

    /// <summary>Odds of the outcomes of an outbound call (they are normalised).</summary>
    public double AnswerOdds { get; set; } = 0.6;
    public double BusyOdds { get; set; } = 0.2;
    public double NoAnswerOdds { get; set; } = 0.2;

    /// <summary>Numbers with a fixed outcome (Answer, Busy, NoAnswer), e.g. for training and tests.</summary>
    public Dictionary<string, string> FixedOutcomes { get; set; } = [];

    /// <summary>A connected customer hangs up after a random time in this range; 0 means customers never hang up first.</summary>
    public double CustomerHangupMinSeconds { get; set; } = 60;
    public double CustomerHangupMaxSeconds { get; set; } = 600;

    /// <summary>A waiting inbound caller gives up after this long (0 = never).</summary>
    public double CallerPatienceSeconds { get; set; } = 180;

    /// <summary>Odds that a third party answers a transfer/conference dial.</summary>
    public double ConferenceAnswerOdds { get; set; } = 0.9;

    /// <summary>Where recordings are said to be written.</summary>
    public string RecordingPath { get; set; } = "/var/spool/portal/recordings";
}
