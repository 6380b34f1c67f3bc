namespace Portal.Infrastructure.Reports;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Reports.AgentTime;
using Portal.Infrastructure.Reports.Audit;
using Portal.Infrastructure.Reports.Callbacks;

public static class ReportServices
{
    /// <summary>The supervisor reports: audit log, agent time, callbacks.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportAccess>();
        services.AddSingleton<IAuditLogReport, AuditLogReport>();
        services.AddSingleton<IAgentTimeReport, AgentTimeReport>();
        services.AddSingleton<ICallbackReport, CallbackReport>();
        return services;
    }
}
