namespace Portal.IntegrationTests.Events;

using System.Text.Json;

/// <summary>One POST as the receiver saw it: its headers and raw body.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Event { get; } = JsonDocument.Parse(Body).RootElement.Clone();

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
