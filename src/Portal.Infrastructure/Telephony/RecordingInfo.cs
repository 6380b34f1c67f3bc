namespace Portal.Infrastructure.Telephony;

/// <summary>A recording the PBX started: its id and the file it writes.</summary>
public sealed record RecordingInfo(string RecordingId, string FileName, DateTimeOffset StartedAt);
