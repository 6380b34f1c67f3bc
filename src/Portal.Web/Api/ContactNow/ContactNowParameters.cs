namespace Portal.Web.Api.ContactNow;

using Microsoft.Extensions.Primitives;

/// <summary>
/// A request's arguments, by GET or POST (the contract allows both): each read from the query string first, then from
/// a form body. Values are trimmed; names match exactly, as PHP's do.
/// </summary>
internal sealed class ContactNowParameters
{
    /// <summary>Longer values are cut: no argument of either endpoint needs more.</summary>
    public const int MaxValueLength = 500;

    private const string Redacted = "XXXXXXXX";

    private readonly IQueryCollection _query;
    private readonly IFormCollection? _form;

    private ContactNowParameters(IQueryCollection query, IFormCollection? form)
    {
        _query = query;
        _form = form;
    }

    /// <summary>The argument's value, trimmed and cut to <see cref="MaxValueLength"/>; empty when absent.</summary>
    public string this[string name]
    {
        get
        {
            var value = (Find(_query, name) ?? (_form is null ? null : Find(_form, name)) ?? "").Trim();
            return value.Length > MaxValueLength ? value[..MaxValueLength] : value;
        }
    }

    /// <summary>A password or token exactly as sent (not trimmed, not cut); empty when absent.</summary>
    public string Secret(string name) => Find(_query, name) ?? (_form is null ? null : Find(_form, name)) ?? "";

    public static async Task<ContactNowParameters> ReadAsync(HttpRequest request)
    {
        var limits = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimits>>().Value;
        var form = await RequestLimits.ReadFormAsync(request, limits.AgentApiBytes);
        return new ContactNowParameters(request.Query, form);
    }

    /// <summary>The request as the audit log stores it: every pair, with tokens and passwords redacted.</summary>
    public string ForLog(HttpRequest request)
    {
        var pairs = _query.Concat(_form ?? Enumerable.Empty<KeyValuePair<string, StringValues>>())
            .Select(p => $"{p.Key}={(IsSecret(p.Key) ? Redacted : p.Value.ToString())}");
        return $"{request.Path}?{string.Join('&', pairs)}";
    }

    /// <summary>Any spelling of a secret parameter is redacted, even one Portal does not read.</summary>
    private static bool IsSecret(string key) =>
        key.Contains("token", StringComparison.OrdinalIgnoreCase)
        || key.Contains("pass", StringComparison.OrdinalIgnoreCase)
        || key.Contains("pwd", StringComparison.OrdinalIgnoreCase)
        || key.Contains("secret", StringComparison.OrdinalIgnoreCase);

    private static string? Find(IEnumerable<KeyValuePair<string, StringValues>> pairs, string name)
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
