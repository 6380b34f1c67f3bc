namespace Portal.Bench;

/// <summary>One fsync or fdatasync Portal made: when, on which thread (its name), on which file, and for how long.</summary>
internal sealed record FsyncCall(DateTimeOffset At, string Thread, string File, string Call, double Seconds);
