namespace Portal.Web.Api.Keys;

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;

/// <summary>
/// Reads <c>Authorization: Bearer pk_…</c> and signs the caller in as the key's user. Keys are accepted only in the
/// header, never in a query string, so they stay out of URLs and access logs. Invalid keys count against the caller's
/// address in <see cref="SignInThrottle"/>, as wrong passwords do: past the limit, every key from there is refused for a while.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRegistry keys,
    SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var address = Context.Connection.RemoteIpAddress;
        if (throttle.Check(ApiKeyAuthentication.ThrottleName, address) == SignInGate.AddressThrottled)
        {
            Context.Items[ApiKeyAuthentication.ThrottledItem] = true;
            return AuthenticateResult.Fail("Too many invalid API keys from this address.");
        }

        var holder = await keys.VerifyAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (holder is null)
        {
            throttle.Failed(ApiKeyAuthentication.ThrottleName, address, countsForUser: false);
            return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
        }

        // The holder's permissions travel with the request, so endpoints check them without another look-up.
        Context.Features.Set(holder);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, holder.UserName),
                new Claim(ApiKeyAuthentication.KeyIdClaim, holder.KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ApiKeyAuthentication.UserGroupClaim, holder.UserGroup),
            ],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }
}
