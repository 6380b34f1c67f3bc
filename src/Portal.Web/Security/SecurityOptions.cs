namespace Portal.Web.Security;

/// <summary>The <c>Portal:Security</c> section: proxies to trust and HTTPS strictness (documented in appsettings.sample.json).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Portal:Security";

    /// <summary>
    /// Addresses of reverse proxies or load balancers whose X-Forwarded-For/-Proto Portal believes. Empty: none, the
    /// connection's own address is the client's (lock-out, token binding and the audit log all use it).
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public IList<string> TrustedNetworks { get; } = [];

    /// <summary>How long a browser that reached Portal over HTTPS must keep using HTTPS (HSTS max-age).</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
