namespace Portal.Web.Events;

/// <summary>The names of the live event stream that clients and configuration refer to.</summary>
public static class EventStream
{
    /// <summary>Where the SignalR hub is mapped.</summary>
    public const string Path = "/hubs/events";

    /// <summary>The client method every event arrives on: <c>connection.on("event", e => …)</c>.</summary>
    public const string ClientMethod = "event";

    /// <summary>The hub's authorization policy: an API key or the portal's sign-in cookie.</summary>
    public const string Policy = "EventStream";

    /// <summary>Picks the API-key scheme for a request with an Authorization header, else the sign-in cookie.</summary>
    public const string Scheme = "EventStream";

    /// <summary>
    /// The VICIdial function an API key's user needs in their allowed functions to follow events: the event stream is
    /// live agent status, as REST's <c>GET /agents/{agentUser}</c>.
    /// </summary>
    public const string Function = "agent_status";

    /// <summary>SignalR's dispatcher category, which logs every refused invocation as an error with its stack trace.</summary>
    public const string DispatcherLogCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";
}
