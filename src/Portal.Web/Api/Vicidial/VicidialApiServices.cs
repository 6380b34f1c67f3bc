namespace Portal.Web.Api.Vicidial;

/// <summary>The Agent API's services: the request handler and every <see cref="IVicidialFunction"/> in this assembly.</summary>
internal static class VicidialApiServices
{
    public static IServiceCollection AddVicidialAgentApi(this IServiceCollection services)
    {
        services.AddSingleton<VicidialApiHandler>();
        services.AddHttpContextAccessor(); // webserver reports the request's host name

        var functions = typeof(IVicidialFunction).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IVicidialFunction).IsAssignableFrom(t));
        foreach (var function in functions)
        {
            services.AddSingleton(typeof(IVicidialFunction), function);
        }

        return services;
    }
}
