namespace Portal.Web.Components.Account;

using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Portal.Infrastructure.Identity;

/// <summary>
/// Re-checks a connected screen's user every few seconds (in memory, see <see cref="SignInCheck"/>): a sign-out, a
/// changed password or role, or a deactivated account signs the open screen out within <see cref="Interval"/>.
/// </summary>
internal sealed class RevalidatingUserStateProvider(ILoggerFactory loggerFactory, SignInCheck signIns)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        await signIns.IsCurrentAsync(authenticationState.User, cancellationToken);
}
