namespace Portal.IntegrationTests.Hardening;

using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Audit;

/// <summary>
/// What an attacker sends (script, CR/LF that would start a new reply line, SQL, NULs, huge and odd values, malformed
/// JSON), seeded so a failure repeats, and what every surface owes in return, collected as findings.
/// </summary>
internal sealed class HostileInput(int seed)
{
    /// <summary>Starts a reply line an integration would act on, if a CR/LF got through.</summary>
    public const string Injected = "SUCCESS: INJECTED";

    public static readonly string[] Values =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", $"x\r\n{Injected}", $"x\n{Injected}", $"x\r{Injected}",
        "'; DROP TABLE Leads; --", "1 OR 1=1", "\0", "%00", "../../etc/passwd", "{{7*7}}", "${jndi:ldap://x/a}",
        "ÄÖÜ 漢字 🙂", "-1", "0", "99999999999999999999999999", "1e309", "NaN", "", " ", "a|b|c", "{\"a\":", "[]",
        "2026-13-45 99:99:99", new string('x', 5000), "PAUSE", "RESUME", "1001", "PARK_CUSTOMER", "BLIND_TRANSFER",
    ];

    private readonly List<string> _findings = [];

    public Random Random { get; } = new(seed);

    public string Pick(string[] values) => values[Random.Next(values.Length)];

    public string PickValue() => Pick(Values);

    /// <summary>A few of <paramref name="names"/>, each with a hostile value.</summary>
    public IEnumerable<(string Name, string Value)> Fields(string[] names, int min, int max) =>
        [.. names.OrderBy(_ => Random.Next()).Take(Random.Next(min, max)).Select(name => (name, PickValue()))];

    /// <summary>An absolute address on the test server, so a path starting with // stays a path.</summary>
    public static Uri On(HttpClient client, string pathAndQuery) =>
        new($"{client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{pathAndQuery}");

    /// <summary>What every surface owes: no stack trace, no secret, nosniff, and no line an integration would read as Portal's.</summary>
    public void Check(string what, HttpResponseMessage response, string body, string secret)
    {
        Check(what, !body.Contains("Exception", StringComparison.Ordinal) && !body.Contains("   at ", StringComparison.Ordinal), $"a stack trace: {Cut(body)}");
        Check(what, !body.Contains(secret, StringComparison.Ordinal), "the secret echoed");
        Check(what, response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) && nosniff.Contains("nosniff"), "no nosniff");
        Check(what, !body.Split('\n').Any(line => line.StartsWith(Injected, StringComparison.Ordinal)), "an injected reply line");
    }

    public void Check(string what, bool holds, string problem)
    {
        if (!holds)
        {
            _findings.Add($"{problem} <= {Cut(what).ReplaceLineEndings("⏎")}");
        }
    }

    /// <summary>Every audit row within its columns' widths, however wide the requests were.</summary>
    public async Task CheckAuditRowsAsync(PortalFactory factory)
    {
        var rows = await factory.QueryAsync(db => db.ApiLog.AsNoTracking()
            .Select(r => new { r.User, r.AgentUser, r.Function, r.Value, r.ResultReason, r.Source, r.Data, r.Url })
            .ToListAsync());
        foreach (var row in rows)
        {
            Check("audit", row.User.Length <= ApiLogLimits.User && row.AgentUser.Length <= ApiLogLimits.AgentUser
                && row.Function.Length <= ApiLogLimits.Function && row.Value.Length <= ApiLogLimits.Value
                && row.ResultReason.Length <= ApiLogLimits.ResultReason && row.Source.Length <= ApiLogLimits.Source
                && row.Data.Length <= ApiLogLimits.Data && row.Url.Length <= ApiLogLimits.Url, $"a row wider than its columns: {row.Function} {row.Url.Length}");
        }
    }

    public void AssertNone() => Assert.True(_findings.Count == 0, $"{_findings.Count} findings:\n{string.Join("\n", _findings.Take(20))}");

    public static string Show(IEnumerable<(string Name, string Value)> fields) => string.Join('&', fields.Select(f => $"{f.Name}={Cut(f.Value, 40)}"));

    public static string Cut(string text, int max = 300) => text.Length <= max ? text : text[..max] + "…";

    public static bool IsJson(string body, bool objectOnly = false)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return !objectOnly || json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static bool IsXmlResult(string body)
    {
        try
        {
            return XDocument.Parse(body).Root?.Name.LocalName == "result";
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    public static bool IsServerError(HttpStatusCode status) => (int)status >= 500;
}
