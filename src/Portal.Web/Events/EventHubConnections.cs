namespace Portal.Web.Events;

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Web.Api.Keys;

/// <summary>
/// The open event-hub connections and what opened them (an API key, or a sign-in cookie with its security stamp), so
/// that revoking the key or changing the user (deactivated, API rights or user group changed, signed out, new
/// password) closes them at once: no further events, no further calls.
/// </summary>
public sealed class EventHubConnections(EventSubscribers subscribers, IOptions<IdentityOptions> identity, ILogger<EventHubConnections> logger)
    : IApiKeyRevocationListener, IUserChangeListener
{
    private readonly ConcurrentDictionary<string, Opener> _open = new(StringComparer.Ordinal);

    public void Opened(HubCallerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User ?? new ClaimsPrincipal();
        var keyId = long.TryParse(user.FindFirstValue(ApiKeyAuthentication.KeyIdClaim), CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        _open[context.ConnectionId] = new Opener(
            context,
            user.Identity?.Name ?? "",
            keyId,
            user.FindFirstValue(ApiKeyAuthentication.UserGroupClaim),
            user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType));
    }

    public void Closed(string connectionId) => _open.TryRemove(connectionId, out _);

    public void KeyRevoked(long keyId) => Close(opener => opener.KeyId == keyId, "its API key was revoked");

    void IUserChangeListener.UserChanged(PortalUser user) =>
        Close(opener => opener.UserName == user.UserName && !opener.StillAllowed(user), $"user {user.UserName} changed");

    private void Close(Func<Opener, bool> ends, string reason)
    {
        foreach (var (connectionId, opener) in _open)
        {
            if (!ends(opener) || !_open.TryRemove(connectionId, out _))
            {
                continue;
            }

            subscribers.Disconnect(connectionId);
            opener.Context.Abort();
            logger.LogInformation("Event hub connection {ConnectionId} of {User} closed: {Reason}", connectionId, opener.UserName, reason);
        }
    }

    private sealed record Opener(HubCallerContext Context, string UserName, long? KeyId, string? UserGroup, string? Stamp)
    {
        public bool StillAllowed(PortalUser user)
        {
            if (!user.Active)
            {
                return false;
            }

            if (KeyId is { } keyId)
            {
                var holder = new ApiKeyHolder(keyId, "", UserName, user.UserGroupId, user.ApiPermissions);
                return ApiKeyAccess.RefusalFor(holder, EventStream.Function) is null && user.UserGroupId == UserGroup;
            }

            return !user.ApiOnly && user.SecurityStamp == Stamp;
        }
    }
}
