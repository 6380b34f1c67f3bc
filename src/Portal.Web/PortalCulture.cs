namespace Portal.Web;

using Microsoft.AspNetCore.Localization;
using Portal.Infrastructure.Identity;

/// <summary>
/// The screens' language: the user's own setting (written into ASP.NET Core's culture cookie at sign-in and when they
/// change it), else the browser's Accept-Language. Only the UI culture changes: numbers and dates, and every API
/// response, stay as they are.
/// </summary>
public static class PortalCulture
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ServerText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(UserPreferences.Languages[0]);
            o.AddSupportedUICultures([.. UserPreferences.Languages]);
            o.FallBackToParentUICultures = true;
        });
        return services;
    }

    /// <summary>Writes (or, for the browser's language, removes) the culture cookie.</summary>
    public static void Apply(HttpResponse response, string? language)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (string.IsNullOrEmpty(language) || !UserPreferences.Languages.Contains(language))
        {
            response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
            return;
        }

        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(UserPreferences.Languages[0], language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
    }
}
