namespace Portal.Web.Api.Vicidial;

/// <summary>The request's parameters: each read from the query string first, then from a POST form (GET wins).</summary>
internal sealed class VicidialParameters
{
    private readonly IQueryCollection _query;
    private readonly IFormCollection? _form;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _sanitized = new(StringComparer.Ordinal);

    private VicidialParameters(IQueryCollection query, IFormCollection? form)
    {
        _query = query;
        _form = form;
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
    public string this[string name] => _sanitized.GetOrAdd(name, n => VicidialParameterRules.Sanitize(n, Raw(n)));

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
    public string? Raw(string name) => Find(_query, name) ?? (_form is null ? null : Find(_form, name));

    /// <summary>The request as it is stored in the audit log: every pair, with the password redacted.</summary>
    public string ForLog(HttpRequest request)
    {
        var pairs = _query.Select(p => (p.Key, Value: p.Value.ToString()))
            .Concat(_form?.Select(p => (p.Key, Value: p.Value.ToString())) ?? [])
            .Select(p => $"{p.Key}={(IsSecret(p.Key) ? "XXXXXXXX" : p.Value)}");
        return $"{request.Path}?{string.Join('&', pairs)}";
    }

    /// <summary>Any spelling of a password parameter is redacted, even one Portal does not read.</summary>
    private static bool IsSecret(string key) =>
        key.Contains("pass", StringComparison.OrdinalIgnoreCase) || key.Contains("pwd", StringComparison.OrdinalIgnoreCase);

    private static string? Find(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> pairs, string name)
    {
        foreach (var (key, values) in pairs)
        {
            if (string.Equals(key, name, StringComparison.Ordinal) && values.Count > 0)
            {
                return values[0];
            }
        }

        return null;
    }
}
