namespace Portal.Infrastructure.Admin;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Infrastructure.Admin.Dnc;
using Portal.Infrastructure.Admin.Leads;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Infrastructure.Admin.Users;

/// <summary>The admin portal's services: singletons that open a DbContext (or a scope for Identity) per operation.</summary>
public static class AdminServices
{
    public static IServiceCollection AddAdminServices(this IServiceCollection services)
    {
        services.AddSingleton<AdminGate>();
        services.AddSingleton<IUserAdmin, UserAdmin>();
        services.AddSingleton<IUserGroupAdmin, UserGroupAdmin>();
        services.AddSingleton<ICampaignAdmin, CampaignAdmin>();
        services.AddSingleton<IInGroupAdmin, InGroupAdmin>();
        services.AddSingleton<IStatusAdmin, StatusAdmin>();
        services.AddSingleton<IPauseCodeAdmin, PauseCodeAdmin>();
        services.AddSingleton<IListAdmin, ListAdmin>();
        services.AddSingleton<ILeadAdmin, LeadAdmin>();
        services.AddSingleton<ILeadImport, LeadImport>();
        services.AddSingleton<IDncAdmin, DncAdmin>();
        return services;
    }
}
