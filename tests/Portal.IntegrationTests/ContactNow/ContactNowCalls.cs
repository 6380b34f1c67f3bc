namespace Portal.IntegrationTests.ContactNow;

using System.Net;

/// <summary>Requests to /token.php and /agent.php the way a ContactNow integration sends them, from a chosen address.</summary>
internal static class ContactNowCalls
{
    public const string Home = "127.0.0.1";

    public static async Task<ContactNowReplyRead> GetAsync(this HttpClient client, string path, string query, string from = Home)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{path}?{query}", UriKind.Relative));
        request.Headers.Add(TestRemoteAddress.Header, from);
        using var response = await client.SendAsync(request);
        return await ContactNowReplyRead.ReadAsync(response, IsXml(query));
    }

    public static async Task<ContactNowReplyRead> PostAsync(this HttpClient client, string path, (string Name, string Value)[] form, string from = Home)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = AgentApi.Form(form) };
        request.Headers.Add(TestRemoteAddress.Header, from);
        using var response = await client.SendAsync(request);
        return await ContactNowReplyRead.ReadAsync(response, form.Any(f => f is ("format", "xml")));
    }

    public static Task<ContactNowReplyRead> TokenAsync(this HttpClient client, string from = Home, params (string Name, string Value)[] parameters) =>
        client.GetAsync("/token.php", AgentApi.Query(parameters), from);

    /// <summary>A new token of <paramref name="user"/> (the demo api user by default), asserted to be issued.</summary>
    public static async Task<string> NewTokenAsync(this HttpClient client, string user = AgentApi.User, string from = Home, string? address = null)
    {
        (string, string)[] parameters = address is null
            ? [("action", "get"), ("username", user), ("password", AgentApi.Password)]
            : [("action", "get"), ("username", user), ("password", AgentApi.Password), ("address", address)];
        var reply = await client.TokenAsync(from, parameters);
        Assert.True(reply.Success, $"No token for {user}: {reply.Body}");
        return reply["token"]!;
    }

    /// <summary>/agent.php with the token, action and agent, then any further arguments (format=xml among them).</summary>
    public static Task<ContactNowReplyRead> AgentAsync(
        this HttpClient client, string token, string action, string agent, params (string Name, string Value)[] more) =>
        client.GetAsync("/agent.php", AgentApi.Query([("token", token), ("action", action), ("agentid", agent), .. more]));

    public static Task<ContactNowReplyRead> AgentXmlAsync(
        this HttpClient client, string token, string action, string agent, params (string Name, string Value)[] more) =>
        client.AgentAsync(token, action, agent, [.. more, ("format", "xml")]);

    /// <summary>Asserts a success answer, in the shape of the contract (HTTP 200, account_id, no error).</summary>
    public static ContactNowReplyRead Succeeded(this ContactNowReplyRead reply)
    {
        Assert.True(reply.Success, $"Expected success, got: {reply.Body}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("1", reply["account_id"]);
        Assert.Null(reply.Error);
        return reply;
    }

    /// <summary>Asserts a failure answer with HTTP 200 (as ContactNow answers) and an error containing <paramref name="error"/>.</summary>
    public static ContactNowReplyRead Failed(this ContactNowReplyRead reply, string error)
    {
        Assert.False(reply.Success, $"Expected a failure, got: {reply.Body}");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains(error, reply.Error ?? "", StringComparison.Ordinal);
        return reply;
    }

    private static bool IsXml(string query) => query.Split('&').Contains("format=xml", StringComparer.OrdinalIgnoreCase);
}
