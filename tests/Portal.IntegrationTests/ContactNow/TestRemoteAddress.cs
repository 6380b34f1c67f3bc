namespace Portal.IntegrationTests.ContactNow;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

/// <summary>
/// The in-memory test server has no network peer: this sets the request's remote address from a test header (127.0.0.1
/// without one), so tests can call from different addresses.
/// </summary>
internal sealed class TestRemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var value)
                ? IPAddress.Parse(value.ToString())
                : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
