namespace Portal.Web.Components.Admin;

using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

/// <summary>The admin pages' base: who is asking, for the admin services (which check that it is an admin).</summary>
public abstract class AdminPageBase : ComponentBase
{
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    protected async Task<ClaimsPrincipal> CallerAsync() => (await Authentication.GetAuthenticationStateAsync()).User;
}
