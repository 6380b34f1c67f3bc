namespace Portal.IntegrationTests.Hardening;

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Rest;

/// <summary>
/// What an attacker sends, thrown at /agc/api.php and at every operation of the REST API's own OpenAPI document
/// (ContactNow's surface: <see cref="ContactNowHostileInputFuzzTests"/>). Every answer is in its surface's format, never
/// a 5xx or a stack trace, never a secret, never a line an integration would read as Portal's; every audit row stays
/// within its columns' widths. Seeded, and bounded in requests, so CI time stays flat.
/// </summary>
public sealed class HostileInputFuzzTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    private static readonly string[] AgentApiFunctions =
    [
        "version", "external_pause", "external_dial", "external_status", "external_hangup", "park_call", "transfer_conference",
        "update_fields", "add_lead", "send_notification", "logout", "st_login_log", "agent_status", "preview_dial_action", "no_such",
    ];

    private static readonly string[] AgentApiParameters =
    [
        "value", "agent_user", "alt_user", "lead_id", "phone_code", "phone_number", "search", "preview", "focus", "stage",
        "status", "ingroup_choices", "callback_datetime", "callback_type", "comments", "vendor_id", "first_name", "notes",
        "recipient", "notification_text", "consultative", "multi_dial_phones", "tw_check", "outbound_cid", "dial_prefix",
    ];

    private static readonly string[] AgentApiStarts =
    [
        "ERROR: ", "SUCCESS: ", "NOTICE: ", "VERSION: ", "<PRE>", "Invalid recipient_type", "Coffee: ", "<META",
    ];

    private static readonly string[] RestQueryNames = ["campaignId", "agentUser", "from", "to", "limit", "state", "function", "page"];

    private static readonly string[] RestBodyNames =
    [
        "pauseCode", "phoneNumber", "phoneCode", "leadId", "status", "number", "inGroups", "mode", "type", "dueAt", "comments",
        "digits", "firstName", "message", "agentUser", "campaignId",
    ];

    private readonly HostileInput _input = new(20261203);

    [Fact]
    public async Task The_agent_api_answers_hostile_input_in_its_own_plain_text_lines()
    {
        using var client = factory.CreateClient();

        for (var i = 0; i < 300; i++)
        {
            var function = _input.Pick(AgentApiFunctions);
            (string, string)[] fields =
                [("source", "fuzz"), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", function), .. _input.Fields(AgentApiParameters, 1, 6)];
            var path = _input.Random.Next(5) == 0 ? "//agc/api.php" : "/agc/api.php";
            var get = _input.Random.Next(2) == 0;
            using var response = get
                ? await client.GetAsync(HostileInput.On(client, $"{path}?{AgentApi.Query(fields)}"))
                : await client.PostAsync(HostileInput.On(client, path), AgentApi.Form(fields));
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{(get ? "GET" : "POST")} {path} {HostileInput.Show(fields)}";
            _input.Check(what, response, body, AgentApi.Password);
            _input.Check(what, response.StatusCode == HttpStatusCode.OK, $"status {(int)response.StatusCode}");
            _input.Check(what, response.Content.Headers.ContentType?.ToString() == "text/plain; charset=utf-8", $"served as {response.Content.Headers.ContentType}");
            _input.Check(what, AgentApiStarts.Any(s => body.StartsWith(s, StringComparison.Ordinal)), $"a reply off the contract: {HostileInput.Cut(body)}");
            _input.Check(what, !body.Contains('\r', StringComparison.Ordinal), "a CR in the reply");
        }

        await _input.CheckAuditRowsAsync(factory);
        _input.AssertNone();
    }

    [Fact]
    public async Task Every_rest_operation_answers_hostile_input_with_json_or_a_problem()
    {
        using var client = factory.CreateRestClient(factory.ApiKey);
        using var documentResponse = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = await documentResponse.ReadJsonAsync(HttpStatusCode.OK);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name.ToUpperInvariant())))
            .ToList();
        Assert.True(operations.Count >= 20, $"only {operations.Count} operations in the document");

        foreach (var (template, method) in operations)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var path = Regex.Replace(template, "\\{[^}]+\\}", _ => Uri.EscapeDataString(PathValue()));
                var query = string.Join('&', _input.Fields(RestQueryNames, 0, 3).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}"));
                using var request = new HttpRequestMessage(new HttpMethod(method), HostileInput.On(client, $"{path}?{query}"));
                var sent = "";
                if (method is "POST" or "PUT" or "PATCH")
                {
                    sent = Body();
                    request.Content = new StringContent(sent, Encoding.UTF8, _input.Random.Next(6) == 0 ? "text/plain" : "application/json");
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var what = $"{method} {path}?{query} {sent}";
                _input.Check(what, response, body, factory.ApiKey);
                _input.Check(what, !HostileInput.IsServerError(response.StatusCode), $"status {(int)response.StatusCode}");
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if ((int)response.StatusCode >= 400)
                {
                    _input.Check(what, mediaType == "application/problem+json" && HostileInput.IsJson(body, objectOnly: true),
                        $"a {(int)response.StatusCode} that is not a problem: {mediaType} {HostileInput.Cut(body)}");
                }
                else if (body.Length > 0)
                {
                    _input.Check(what, mediaType == "application/json" && HostileInput.IsJson(body), $"not JSON: {mediaType} {HostileInput.Cut(body)}");
                }
            }
        }

        await _input.CheckAuditRowsAsync(factory);
        _input.AssertNone();
    }

    /// <summary>A hostile path segment (the test server itself refuses a NUL in a path, as Kestrel does with a 400).</summary>
    private string PathValue() =>
        _input.Random.Next(3) == 0 ? "1001" : _input.PickValue().Replace("\0", "", StringComparison.Ordinal).Replace("%00", "", StringComparison.Ordinal);

    /// <summary>A JSON body with hostile values where the operations' fields go, or a malformed one.</summary>
    private string Body() => _input.Random.Next(5) switch
    {
        0 => _input.PickValue(),
        1 => "{\"leadId\": " + _input.Pick(["1e309", "-1", "\"x\"", "null", "[]", "{}", "99999999999999999999"]) + "}",
        _ => JsonSerializer.Serialize(_input.Fields(RestBodyNames, 1, 5).ToDictionary(f => f.Name, f => f.Value)),
    };
}
