namespace Portal.Infrastructure.Integrations.ContactNow;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Identity;

/// <summary>The services behind the ContactNow-compatible /token.php and /agent.php.</summary>
public static class ContactNowServices
{
    public static IHostApplicationBuilder AddContactNowServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ContactNowOptions>(builder.Configuration.GetSection(ContactNowOptions.Section));
        builder.Services.AddSingleton<ApiCallerDirectory>();
        builder.Services.AddSingleton<ContactNowTokenService>();
        builder.Services.AddSingleton<IUserChangeListener>(sp => sp.GetRequiredService<ContactNowTokenService>());
        builder.Services.AddSingleton<IPasswordChangeListener>(sp => sp.GetRequiredService<ContactNowTokenService>());
        builder.Services.AddSingleton<ContactNowTokenAdmin>();
        builder.Services.AddSingleton<LoginCampaignChooser>();

        // The agent's disposition screen reads what agent.php's hangup proposed.
        builder.Services.AddSingleton<SuggestedDispositions>();
        return builder;
    }
}
