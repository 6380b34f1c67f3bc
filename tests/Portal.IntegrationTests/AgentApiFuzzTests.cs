namespace Portal.IntegrationTests;

using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Api.Vicidial;

/// <summary>
/// Property-style: random and malformed parameters thrown at every Agent API function always get a well-formed
/// answer in the contract's format — never a server error, never a stack trace.
/// </summary>
public sealed class AgentApiFuzzTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Parameters =
    [
        "value", "agent_user", "alt_user", "lead_id", "phone_code", "phone_number", "search", "preview", "focus", "stage",
        "status", "ingroup_choices", "blended", "set_as_default", "first_name", "last_name", "comments", "email",
        "callback_datetime", "callback_type", "callback_comments", "recipient", "recipient_type", "notification_text",
        "notification_date", "show_confetti", "duration", "maxParticleCount", "particleSpeed", "text_color", "text_size",
        "consultative", "dial_override", "multi_dial_phones", "md_check", "tw_check", "vendor_id", "vendor_lead_code",
        "rank", "notes", "dnc_check", "campaign_dnc_check", "alt_dial", "dial_ingroup", "outbound_cid", "group_alias",
        "cid_choice", "close_window_link", "formreload", "callbacksreload", "date_of_birth", "gender", "state",
    ];

    private static readonly string[] Values =
    [
        "", "1", "1001", "1002", "9999999999999999999999", "PAUSE", "RESUME", "LOGOUT", "YES", "NO", "Y", "SALE", "CALLBK",
        "SALESLINE", "-1", "0", "2026-13-45 99:99:99", "'; DROP TABLE Leads; --", "<script>alert(1)</script>", "%00",
        "ÄÖÜ 漢字 🙂", "a|b|c", "   ", "\r\n", "DIAL_WITH_CUSTOMER", "LOCAL_CLOSER", "USER", "CAMPAIGN", "MANUALNEXT",
        "PARK_CUSTOMER", "START", "STOP", "STATUS", "PLAY", "DISPLAY", new string('x', 5000),
    ];

    private static readonly string[] WellFormedStarts =
    [
        "ERROR: ", "SUCCESS: ", "NOTICE: ", "VERSION: ", "<PRE>", "Invalid recipient_type", "Coffee: ", "<META",
    ];

    [Fact]
    public async Task Random_and_malformed_parameters_always_get_a_well_formed_answer()
    {
        await factory.LogInAsync("1001");
        var functions = factory.Services.GetServices<IVicidialFunction>().Select(f => f.Name).Append("version").Append("no_such_function").ToList();
        var random = new Random(20261121);
        using var client = factory.CreateClient();
        var failures = new List<string>();

        foreach (var function in functions)
        {
            for (var attempt = 0; attempt < 12; attempt++)
            {
                var query = new StringBuilder($"source=fuzz&user=api&pass={AgentApi.Password}&function={function}");
                foreach (var name in Parameters.OrderBy(_ => random.Next()).Take(random.Next(1, 8)))
                {
                    query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(Values[random.Next(Values.Length)]));
                }

                using var response = random.Next(2) == 0
                    ? await client.GetAsync(new Uri($"/agc/api.php?{query}", UriKind.Relative))
                    : await client.PostAsync(new Uri("/agc/api.php", UriKind.Relative), new StringContent(query.ToString(), Encoding.UTF8, "application/x-www-form-urlencoded"));
                var body = await response.Content.ReadAsStringAsync();
                var wellFormed = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.RedirectKeepVerb
                    && WellFormedStarts.Any(body.StartsWith)
                    && !body.Contains("Exception", StringComparison.Ordinal)
                    && !body.Contains(AgentApi.Password, StringComparison.Ordinal);
                if (!wellFormed && !(function == "webphone_url" && body.StartsWith("http", StringComparison.Ordinal)))
                {
                    failures.Add($"{function}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]} <= {query}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
