namespace Portal.Web.Operations;

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Infrastructure.Telephony;

/// <summary>The PBX can be reached (asked of the node that talks to it): Degraded, not Unhealthy, when it cannot.</summary>
public sealed class TelephonyHealthCheck(ITelephonyCommands telephony) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await telephony.IsReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy("reachable")
                : HealthCheckResult.Degraded("not reachable");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("no answer");
        }
    }
}
