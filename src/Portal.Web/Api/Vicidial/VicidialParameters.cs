namespace Portal.Web.Api.Vicidial;

/// <summary>The request's parameters: each read from the query string first, then from a POST form (GET wins).</summary>
internal sealed class VicidialParameters
{
    private readonly IQueryCollection _query;
    private readonly IFormCollection? _form;

    // Each parameter's first value, GET before POST, read once: a lookup per parameter costs no walk of the request.
    private readonly Dictionary<string, string?> _raw;
    private System.Collections.Concurrent.ConcurrentDictionary<string, string>? _sanitized; // made on the first other parameter

    private VicidialParameters(IQueryCollection query, IFormCollection? form)
    {
        _query = query;
        _form = form;
        _raw = FirstValues(query, form);
        User = VicidialSanitizer.User(Raw("user"));
        Pass = VicidialSanitizer.Pass(Raw("pass"));
        AgentUser = VicidialSanitizer.Word(Raw("agent_user"));
        Function = VicidialSanitizer.Word(Raw("function"));
        Value = VicidialSanitizer.Value(Raw("value"));
        Source = VicidialSanitizer.Alphanumeric(Raw("source"));
        AltUser = VicidialSanitizer.Alphanumeric(Raw("alt_user"));
        CloseWindowLink = VicidialSanitizer.Word(Raw("close_window_link"));
        Language = VicidialSanitizer.Alphanumeric(Raw("language"));
    }

    public string User { get; }
    public string Pass { get; }
    public string AgentUser { get; }
    public string Function { get; }
    public string Value { get; }
    public string Source { get; }
    public string AltUser { get; }
    public string CloseWindowLink { get; }
    public string Language { get; }

    /// <summary>Any parameter, filtered as the contract says (empty when absent).</summary>
    public string this[string name] =>
        (_sanitized ??= new(StringComparer.Ordinal)).GetOrAdd(name, n => VicidialParameterRules.Sanitize(n, Raw(n)));

    /// <summary>Whether the parameter was sent at all (update_fields detects fields by presence, not by substring).</summary>
    public bool Has(string name) => Raw(name) is not null;

    public static async Task<VicidialParameters> ReadAsync(HttpRequest request)
    {
        var limits = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimits>>().Value;
        var form = await RequestLimits.ReadFormAsync(request, limits.AgentApiBytes);
        return new VicidialParameters(request.Query, form);
    }

    /// <summary>
    /// The raw value as sent (GET first, then POST), before sanitising. Names match exactly, as PHP's do:
    /// <c>Pass=</c> is not <c>pass=</c>.
    /// </summary>
    public string? Raw(string name) => _raw.GetValueOrDefault(name);

    /// <summary>The request as it is stored in the audit log: every pair, with the password redacted.</summary>
    public string ForLog(HttpRequest request)
    {
        var log = new System.Text.StringBuilder(256).Append(request.Path.ToString()).Append('?');
        var first = true;
        foreach (var (key, value) in _form is null ? _query : _query.Concat(_form))
        {
            log.Append(first ? "" : "&").Append(key).Append('=').Append(IsSecret(key) ? "XXXXXXXX" : value.ToString());
            first = false;
        }

        return log.ToString();
    }

    /// <summary>Any spelling of a password parameter is redacted, even one Portal does not read.</summary>
    private static bool IsSecret(string key) =>
        key.Contains("pass", StringComparison.OrdinalIgnoreCase) || key.Contains("pwd", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The first value of each name sent, names compared exactly (the request's own collections ignore case); a name in
    /// the query string hides the same name in the form.
    /// </summary>
    private static Dictionary<string, string?> FirstValues(IQueryCollection query, IFormCollection? form)
    {
        var values = new Dictionary<string, string?>(query.Count + (form?.Count ?? 0), StringComparer.Ordinal);
        foreach (var (key, sent) in form is null ? query : query.Concat(form))
        {
            if (sent.Count > 0)
            {
                values.TryAdd(key, sent[0]);
            }
        }

        return values;
    }
}
