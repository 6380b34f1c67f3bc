namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

using System.Text;

/// <summary>One call of Asterisk's REST interface: a method, a path under <c>/ari/</c> and its query parameters.</summary>
public sealed record AriRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query)
{
    public static AriRequest Post(string path, params (string Name, string? Value)[] query) => new("POST", path, Params(query));

    public static AriRequest Delete(string path, params (string Name, string? Value)[] query) => new("DELETE", path, Params(query));

    public static AriRequest Get(string path) => new("GET", path, []);

    /// <summary>The path and query as sent (escaped), also the key a recorded conversation is matched on.</summary>
    public string PathAndQuery
    {
        get
        {
            if (Query.Count == 0)
            {
                return Path;
            }

            var text = new StringBuilder(Path).Append('?');
            for (var i = 0; i < Query.Count; i++)
            {
                text.Append(i == 0 ? "" : "&").Append(Uri.EscapeDataString(Query[i].Key)).Append('=').Append(Uri.EscapeDataString(Query[i].Value));
            }

            return text.ToString();
        }
    }

    public override string ToString() => $"{Method} {PathAndQuery}";

    private static List<KeyValuePair<string, string>> Params((string Name, string? Value)[] query) =>
        [.. query.Where(q => q.Value is not null).Select(q => new KeyValuePair<string, string>(q.Name, q.Value!))];
}
