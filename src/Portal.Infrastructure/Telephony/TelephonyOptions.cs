namespace Portal.Infrastructure.Telephony;

/// <summary>Which PBX carries the calls (section <c>Telephony</c>).</summary>
public sealed class TelephonyOptions
{
    public const string Section = "Telephony";

    public const string Simulator = "Simulator";

    public const string Asterisk = "Asterisk";

    /// <summary><see cref="Simulator"/> (the embedded default) or <see cref="Asterisk"/> (a real PBX through ARI).</summary>
    public string Provider { get; set; } = Simulator;
}
