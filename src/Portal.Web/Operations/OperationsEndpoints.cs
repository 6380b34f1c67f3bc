namespace Portal.Web.Operations;

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Telemetry;

/// <summary>
/// What operators and load balancers read: <c>/healthz</c> (200 when the database, and in a cluster Redis and this
/// node's membership, are fine; 503 otherwise; "Degraded", still 200, while the PBX cannot be reached; each part named
/// in a small JSON body) and <c>/metrics</c> (Prometheus'
/// text format: Portal's meter, Orleans' own and ASP.NET Core's request metrics).
/// </summary>
public static class OperationsEndpoints
{
    public static void AddOperations(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database")
            .AddCheck<SiloHealthCheck>("silo")
            .AddCheck<TelephonyHealthCheck>("telephony");
        if (ClusterSettings.From(builder.Configuration).IsCluster)
        {
            checks.AddCheck<RedisHealthCheck>("redis");
        }

        // ASP.NET Core's own request meter (http.server.request.duration, active requests), not the instrumentation
        // package: that adds a middleware and Kestrel's, routing's and authentication's meters to every request, a few
        // percent of the CPU of an Agent API call, for figures /metrics does not need.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(PortalMetrics.MeterName, "Microsoft.Orleans", "Microsoft.AspNetCore.Hosting")
            .AddPrometheusExporter());
    }

    /// <summary>Tells Portal's metrics which surface a request's commands come from.</summary>
    public static void UseCommandSources(this WebApplication app) => app.Use((context, next) =>
    {
        PortalMetrics.Source = SourceOf(context.Request.Path);
        return next(context);
    });

    public static void MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        app.MapPrometheusScrapingEndpoint("/metrics");
    }

    internal static string SourceOf(PathString path) =>
        path.StartsWithSegments("/agc", StringComparison.OrdinalIgnoreCase) ? "agent_api"
        : path.StartsWithSegments("/agent.php", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/token.php", StringComparison.OrdinalIgnoreCase) ? "contactnow"
        : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "rest"
        : path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase) ? "hub"
        : "screen";

    /// <summary>The overall status and each check's, without exception texts (they could name servers or users).</summary>
    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
