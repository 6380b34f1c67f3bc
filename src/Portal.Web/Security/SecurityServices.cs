namespace Portal.Web.Security;

using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

/// <summary>Forwarded headers from the configured proxies, HSTS and cookie security, from <see cref="SecurityOptions"/>.</summary>
public static class SecurityServices
{
    public static IHostApplicationBuilder AddPortalSecurity(this IHostApplicationBuilder builder)
    {
        var options = new SecurityOptions();
        builder.Configuration.GetSection(SecurityOptions.Section).Bind(options);

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the defaults (loopback) would let anything on this host claim any address.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in options.TrustedNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(Math.Max(0, options.HstsMaxAgeDays)));
        builder.Services.Configure<CookiePolicyOptions>(cookies =>
        {
            // Secure whenever the browser reached Portal over HTTPS (directly or, per X-Forwarded-Proto, via a proxy).
            cookies.Secure = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMergedSlashes();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        return app;
    }
}
