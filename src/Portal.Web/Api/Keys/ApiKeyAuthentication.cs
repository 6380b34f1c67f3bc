namespace Portal.Web.Api.Keys;

/// <summary>The authentication scheme for REST and event-stream callers presenting an API key as a bearer token.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The claim naming the key (its id), so audit rows and scope checks can tell keys apart.</summary>
    public const string KeyIdClaim = "portal:api_key_id";

    /// <summary>
    /// Set in <c>HttpContext.Items</c> when the caller's address sent too many invalid keys (<c>Portal:SignIn</c>'s
    /// per-address limit, as for passwords): REST answers 429 instead of 401.
    /// </summary>
    public const string ThrottledItem = "portal:api_key_throttled";

    /// <summary>The name invalid keys are counted under in the sign-in throttle (per address only; no user pays).</summary>
    public const string ThrottleName = "(api key)";

    /// <summary>The claim carrying the key user's user group.</summary>
    public const string UserGroupClaim = "portal:user_group";
}
