namespace Portal.IntegrationTests.Hardening;

using System.Text.Json;
using Portal.IntegrationTests.ContactNow;

/// <summary>
/// What an attacker sends, thrown at ContactNow's /token.php and /agent.php (see <see cref="HostileInputFuzzTests"/> for
/// the other two surfaces): every answer is ContactNow's JSON or XML, never a 5xx, a 404 or a stack trace, never the
/// password or a line off the contract; every audit row within its columns' widths.
/// </summary>
public sealed class ContactNowHostileInputFuzzTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private static readonly string[] Actions =
    [
        "ready", "pause", "unpause", "logout", "agent_dial", "manual_dial", "hangup", "hangupready", "wrap", "state",
    ];

    private static readonly string[] Parameters = ["agentid", "campaign", "data", "qid", "callerid", "address"];

    private readonly HostileInput _input = new(20261204);

    [Fact]
    public async Task Contactnow_answers_hostile_input_in_its_json_or_xml()
    {
        using var client = factory.CreateClient();
        var token = await client.NewTokenAsync();

        for (var i = 0; i < 200; i++)
        {
            var fields = new List<(string Name, string Value)>();
            string path;
            if (_input.Random.Next(4) == 0)
            {
                path = "/token.php";
                fields.Add(("action", _input.Pick(["get", "validate", "revoke", _input.PickValue()])));
                fields.Add(("username", _input.Pick([AgentApi.User, _input.PickValue()])));
                fields.Add(("password", _input.Random.Next(2) == 0 ? AgentApi.Password : _input.PickValue()));
            }
            else
            {
                path = _input.Random.Next(5) == 0 ? "//agent.php" : "/agent.php";
                fields.Add(("token", _input.Random.Next(6) == 0 ? _input.PickValue() : token));
                fields.Add(("action", _input.Random.Next(4) == 0 ? _input.PickValue() : _input.Pick(Actions)));
                fields.AddRange(_input.Fields(Parameters, 1, 5));
            }

            var xml = _input.Random.Next(3) == 0;
            if (xml)
            {
                fields.Add(("format", "xml"));
            }

            var get = _input.Random.Next(2) == 0;
            using var response = get
                ? await client.GetAsync(HostileInput.On(client, $"{path}?{AgentApi.Query([.. fields])}"))
                : await client.PostAsync(HostileInput.On(client, path), AgentApi.Form([.. fields]));
            var body = await response.Content.ReadAsStringAsync();
            var what = $"{(get ? "GET" : "POST")} {path} {HostileInput.Show(fields)}";
            _input.Check(what, response, body, AgentApi.Password);
            _input.Check(what, !HostileInput.IsServerError(response.StatusCode) && response.StatusCode != System.Net.HttpStatusCode.NotFound, $"status {(int)response.StatusCode}");
            _input.Check(what, xml ? HostileInput.IsXmlResult(body) : HostileInput.IsJson(body, objectOnly: true), $"not {(xml ? "XML" : "a JSON object")}: {HostileInput.Cut(body)}");
        }

        await _input.CheckAuditRowsAsync(factory);
        _input.AssertNone();
    }
}
