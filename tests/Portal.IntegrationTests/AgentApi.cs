namespace Portal.IntegrationTests;

/// <summary>Builds and sends /agc/api.php requests the way a CRM integration does.</summary>
internal static class AgentApi
{
    public const string Path = "/agc/api.php";
    public const string User = "api";
    public const string Password = "Api-demo-1";
    public const string AgentPassword = "Agent-demo-1";

    /// <summary>A query string from name/value pairs, each value URL-encoded.</summary>
    public static string Query(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The api user's credentials, a source and the function, followed by the given parameters.</summary>
    public static string Authenticated(string function, params (string Name, string Value)[] parameters) =>
        Query([("source", "test"), ("user", User), ("pass", Password), ("function", function), .. parameters]);

    public static async Task<ApiReply> GetApiAsync(this HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"{Path}?{query}", UriKind.Relative));
        return await ApiReply.ReadAsync(response);
    }

    public static async Task<ApiReply> PostApiAsync(this HttpClient client, HttpContent body, string query = "")
    {
        var uri = new Uri(query.Length == 0 ? Path : $"{Path}?{query}", UriKind.Relative);
        using var response = await client.PostAsync(uri, body);
        return await ApiReply.ReadAsync(response);
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
}
