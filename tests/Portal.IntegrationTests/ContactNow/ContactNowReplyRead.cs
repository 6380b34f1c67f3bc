namespace Portal.IntegrationTests.ContactNow;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

/// <summary>What /token.php or /agent.php answered, read from JSON or from the contract's XML.</summary>
internal sealed record ContactNowReplyRead(HttpStatusCode Status, string? ContentType, string Body, bool Success, IReadOnlyDictionary<string, string> Fields)
{
    public string? this[string name] => Fields.GetValueOrDefault(name);

    public string? Error => this["error"];

    public static async Task<ContactNowReplyRead> ReadAsync(HttpResponseMessage response, bool xml)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var contentType = response.Content.Headers.ContentType?.ToString();
        return xml ? FromXml(response.StatusCode, contentType, bytes) : FromJson(response.StatusCode, contentType, bytes);
    }

    private static ContactNowReplyRead FromJson(HttpStatusCode status, string? contentType, byte[] bytes)
    {
        var body = Encoding.UTF8.GetString(bytes);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var success = root.GetProperty("success");
        Assert.True(success.ValueKind is JsonValueKind.True or JsonValueKind.False, $"success is not a JSON boolean: {body}");
        var fields = root.EnumerateObject().Where(p => p.Name != "success")
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
        return new ContactNowReplyRead(status, contentType, body, success.GetBoolean(), fields);
    }

    private static ContactNowReplyRead FromXml(HttpStatusCode status, string? contentType, byte[] bytes)
    {
        var body = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", body, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        var root = XDocument.Load(stream).Root!;
        Assert.Equal("result", root.Name.LocalName);
        var success = root.Element("success")?.Value;
        Assert.True(success is "1" or "0", $"success is not 1 or 0: {body}");
        var fields = root.Elements().Where(e => e.Name.LocalName != "success").ToDictionary(e => e.Name.LocalName, e => e.Value);
        return new ContactNowReplyRead(status, contentType, body, success == "1", fields);
    }
}
