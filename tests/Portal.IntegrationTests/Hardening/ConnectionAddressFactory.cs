namespace Portal.IntegrationTests.Hardening;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A portal whose test requests come from the TCP address named in <see cref="Header"/> (the in-memory server has no
/// connection address), as if several clients, or a proxy, were calling; a trusted proxy is configured at 10.9.9.9.
/// </summary>
public class ConnectionAddressFactory : PortalFactory
{
    public const string Header = "X-Test-Connection-Address";
    public const string TrustedProxy = "10.9.9.9";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:Security:TrustedProxies:0", TrustedProxy);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ConnectionAddressFilter>());
    }

    /// <summary>A client that calls from <paramref name="address"/>.</summary>
    public HttpClient ClientAt(string address, string baseAddress = "http://localhost")
    {
        var client = CreateClient(new() { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class ConnectionAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address) && IPAddress.TryParse(address, out var ip))
                {
                    context.Connection.RemoteIpAddress = ip;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
