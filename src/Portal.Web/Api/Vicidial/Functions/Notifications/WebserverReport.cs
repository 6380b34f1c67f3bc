namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

/// <summary>
/// The facts webserver reports, under VICIdial's labels so existing parsers keep working. PHP/Apache facts map to
/// this server's: php version is the .NET version, apache version is Kestrel's, apache processes is 1 (one Portal
/// process serves everything). The seven php.ini lines are Kestrel/ASP.NET limits: maximum execution time 0 (no
/// request time limit), maximum input time = request-headers timeout (s), memory limit = memory available to the
/// .NET heap, post maximum size = Kestrel's maximum request body, upload maximum filesize = the multipart body limit,
/// default socket timeout = Kestrel's keep-alive timeout (s). Sizes are bytes, or PHP's <c>{n}M</c> when exact.
/// </summary>
internal static class WebserverReport
{
    /// <summary>The text between <c>&lt;PRE&gt;</c> and <c>&lt;/PRE&gt;</c>, every line ending in LF.</summary>
    public static string Describe(HttpContext? request, KestrelServerOptions kestrel, FormOptions forms, TimeProvider time)
    {
        var zone = time.LocalTimeZone;
        var now = time.GetUtcNow();
        var dst = zone.IsDaylightSavingTime(now);
        var limits = kestrel.Limits;
        var text = new StringBuilder()
            .Append("Webserver Data:\n")
            .Append(CultureInfo.InvariantCulture, $"set.timezone: {zone.Id}\n")
            .Append(CultureInfo.InvariantCulture, $"abbr.timezone: {Abbreviation(zone, now, dst)}\n")
            .Append(CultureInfo.InvariantCulture, $"dst.timezone: {(dst ? 1 : 0)}\n")
            .Append(CultureInfo.InvariantCulture, $"uname: {RuntimeInformation.OSDescription}\n")
            .Append(CultureInfo.InvariantCulture, $"host name: {Environment.MachineName}\n")
            .Append(CultureInfo.InvariantCulture, $"server name: {request?.Request.Host.Host}\n")
            .Append(CultureInfo.InvariantCulture, $"php version: {RuntimeInformation.FrameworkDescription}\n")
            .Append(CultureInfo.InvariantCulture, $"apache version: Kestrel/{KestrelVersion}\n")
            .Append("apache processes: 1\n")
            .Append(CultureInfo.InvariantCulture, $"system load average: {LoadAverage()}\n")
            .Append(CultureInfo.InvariantCulture, $"disk free space: {FreeDiskBytes()}\n")
            .Append(CultureInfo.InvariantCulture, $"date.timezone: {zone.Id}\n")
            .Append("maximum execution time: 0\n")
            .Append(CultureInfo.InvariantCulture, $"maximum input time: {(long)limits.RequestHeadersTimeout.TotalSeconds}\n")
            .Append(CultureInfo.InvariantCulture, $"memory limit: {Size(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)}\n")
            .Append(CultureInfo.InvariantCulture, $"post maximum size: {Size(limits.MaxRequestBodySize ?? 0)}\n")
            .Append(CultureInfo.InvariantCulture, $"upload maximum filesize: {Size(forms.MultipartBodyLengthLimit)}\n")
            .Append(CultureInfo.InvariantCulture, $"default socket timeout: {(long)limits.KeepAliveTimeout.TotalSeconds}\n");
        return text.ToString();
    }

    private static string KestrelVersion { get; } =
        (typeof(KestrelServerOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "")
        .Split('+')[0];

    /// <summary>PHP's date('T'): the zone's abbreviation, "UTC", or the offset when the zone has no abbreviation.</summary>
    private static string Abbreviation(TimeZoneInfo zone, DateTimeOffset now, bool dst)
    {
        var name = dst ? zone.DaylightName : zone.StandardName;
        if (!name.Contains(' ', StringComparison.Ordinal) && name.Length > 0)
        {
            return name;
        }

        var offset = zone.GetUtcOffset(now);
        return offset == TimeSpan.Zero ? "UTC" : $"{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hhmm}";
    }

    /// <summary>The 1-minute load average from /proc/loadavg; empty where there is none (PHP prints nothing then).</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ', 2)[0];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return "";
        }
    }

    private static string FreeDiskBytes()
    {
        try
        {
            return new DriveInfo("/").AvailableFreeSpace.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
    }

    private static string Size(long bytes) =>
        bytes > 0 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)}M" : bytes.ToString(CultureInfo.InvariantCulture);
}
