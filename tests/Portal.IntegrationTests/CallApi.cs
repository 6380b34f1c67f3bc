namespace Portal.IntegrationTests;

using System.Globalization;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Calls;

/// <summary>Requests and checks the call-function tests share.</summary>
internal static class CallApi
{
    public const string CloseLink = "\n<a href=\"javascript:window.opener='x';window.close();\">Close This Window</a>\n";

    /// <summary>An authenticated request of the api user.</summary>
    public static Task<ApiReply> CallAsync(this HttpClient client, string function, params (string Name, string Value)[] parameters) =>
        client.GetApiAsync(AgentApi.Authenticated(function, parameters));

    /// <summary>The request with its own source, and the audit rows it wrote.</summary>
    public static async Task<(ApiReply Reply, List<ApiLogEntry> Rows)> CallAuditedAsync(
        this PortalFactory factory, HttpClient client, string function, int rows, params (string Name, string Value)[] parameters)
    {
        var source = AuditRows.NewSource();
        var reply = await client.GetApiAsync(AgentApi.Query(
            [("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", function), .. parameters]));
        return (reply, await factory.WaitForRowsAsync(source, rows));
    }

    /// <summary>The audit data of a line that logs the request's epoch.</summary>
    public static void AssertEpoch(string data, DateTimeOffset before)
    {
        var epoch = long.Parse(data, CultureInfo.InvariantCulture);
        Assert.InRange(epoch, before.ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    /// <summary>The call the agent is on (answered through the simulator).</summary>
    public static ActiveCall CallOf(this PortalFactory factory, string agentUser) =>
        factory.Session(agentUser)?.Call ?? throw new InvalidOperationException($"{agentUser} has no call.");

    /// <summary>Puts the agent on the customer call with this lead, as if it were delivered to them.</summary>
    public static async Task<SessionSnapshot> LogInOnLeadAsync(this PortalFactory factory, string agentUser, long leadId)
    {
        await factory.LogInReadyAsync(agentUser);
        var call = new ActiveCall($"closer-{agentUser}-{Guid.NewGuid():N}", leadId, "5551230000", CallDirection.Inbound, "SALESLINE", CallFlags.None, DateTimeOffset.UtcNow);
        await factory.SendAsync(agentUser, new OfferCall(call));
        return await factory.SendAsync(agentUser, new ConnectCall());
    }

    /// <summary>On an answered call and in a 3-way conference with a third party.</summary>
    public static async Task<SessionSnapshot> LogInInThreeWayAsync(this PortalFactory factory, string agentUser)
    {
        await factory.LogInOnAnsweredCallAsync(agentUser);
        var dialled = await factory.Get<ICallControls>().DialConferenceAsync(agentUser, "3125550150", withCustomer: true);
        Assert.True(dialled.Succeeded, dialled.Error);
        return await factory.WaitForSessionAsync(agentUser, s => s.Call?.Has(CallFlags.ThreeWay) == true, "the 3-way call");
    }
}
