namespace Portal.Web;

using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Web.Components.Account;
using Radzen;

public static class WebServices
{
    public const string AgentPolicy = "Agent";
    public const string SupervisorPolicy = "Supervisor";
    public const string AdminPolicy = "Admin";

    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "portal.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicy, policy => policy.RequireRole(PortalRoles.Agent))
            .AddPolicy(SupervisorPolicy, policy => policy.RequireRole(PortalRoles.Supervisor, PortalRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(PortalRoles.Admin));

        services.AddSingleton<Portal.Web.Api.Vicidial.VicidialApiHandler>();
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }
}
