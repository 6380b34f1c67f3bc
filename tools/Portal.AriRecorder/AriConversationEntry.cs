namespace Portal.AriRecorder;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// One line of a recorded ARI conversation, in the order it happened: the event stream opened (or could not be),
/// a request and Asterisk's answer (or no answer at all), an event received, the stream closed by Asterisk.
/// </summary>
public sealed record AriConversationEntry(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("method")] string? Method = null,
    [property: JsonPropertyName("path")] string? Path = null,
    [property: JsonPropertyName("status")] int? Status = null,
    [property: JsonPropertyName("body")] JsonElement? Body = null,
    [property: JsonPropertyName("at")] DateTimeOffset? At = null)
{
    /// <summary>The JSON as Asterisk sent it ("" for an empty body).</summary>
    public string Text => Body is { } body ? body.GetRawText() : "";

    /// <summary>Asterisk's JSON kept as JSON (readable in the file), or null when there was none.</summary>
    public static JsonElement? JsonOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public const string Start = "start";
    public const string Connected = "connected";
    public const string ConnectFailed = "connect-failed";
    public const string Request = "request";
    public const string Unreachable = "unreachable";
    public const string Event = "event";
    public const string Closed = "closed";
}
