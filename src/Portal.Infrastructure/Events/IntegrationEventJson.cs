namespace Portal.Infrastructure.Events;

using System.Text.Json;

/// <summary>How contract events are written as JSON: camelCase, like the event hub's JSON protocol.</summary>
public static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IntegrationEvent integrationEvent) => JsonSerializer.Serialize(integrationEvent, Options);
}
