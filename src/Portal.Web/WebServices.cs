namespace Portal.Web;

using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Portal.Domain.Users;
using Portal.Infrastructure.Data;
using Portal.Web.Api.Keys;
using Portal.Web.Auth;
using Portal.Web.Presence;
using Portal.Web.Api.ContactNow;
using Portal.Web.Api.Rest;
using Portal.Web.Api.Vicidial;
using Portal.Web.Components.Account;
using Portal.Web.Events;
using MudBlazor.Services;
using Portal.Web.Security;
using Portal.Web.Operations;

public static class WebServices
{
    public const string AgentPolicy = "Agent";
    public const string SupervisorPolicy = "Supervisor";
    public const string AdminPolicy = "Admin";

    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddPortalSecurity();
        services.Configure<Portal.Web.Api.RequestLimits>(builder.Configuration.GetSection(Portal.Web.Api.RequestLimits.Section));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddPortalLocalization();

        // Keys in the database, so sign-in cookies survive a restart, work on every node and move with the data.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "portal.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            StaleSignIns.Reject(cookie);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicy, policy => policy.RequireRole(PortalRoles.Agent))
            .AddPolicy(SupervisorPolicy, policy => policy.RequireRole(PortalRoles.Supervisor, PortalRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(PortalRoles.Admin));

        services.AddVicidialAgentApi();
        services.AddContactNowApi();
        services.AddLiveEvents();
        services.AddRestApi();
        services.AddScoped<Portal.Web.Components.Agent.AgentDeskFeed>();
        services.AddScoped<DeskCircuit>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<DeskCircuit>());
        services.AddScoped<ScreenSignIn>();
        builder.AddOperations();
        services.AddExceptionHandler<DatabaseOutageHandler>();
        return builder;
    }
}
