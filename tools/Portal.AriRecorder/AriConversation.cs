namespace Portal.AriRecorder;

using System.Text.Json;

/// <summary>A recorded conversation: a JSON object per line, the first one saying when it was recorded (its clock).</summary>
public static class AriConversation
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(AriConversationEntry entry) => JsonSerializer.Serialize(entry, Json);

    public static IReadOnlyList<AriConversationEntry> Read(string file) =>
        [.. File.ReadLines(file).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<AriConversationEntry>(l, Json)!)];

    /// <summary>The instant the recording's clock stood at (the adapter's ids and recording names derive from it).</summary>
    public static DateTimeOffset ClockOf(IReadOnlyList<AriConversationEntry> entries) =>
        entries.First(e => e.Kind == AriConversationEntry.Start).At!.Value;
}
