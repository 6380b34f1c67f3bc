namespace Portal.Web.Api.Keys;

/// <summary>The authentication scheme for REST and event-stream callers presenting an API key as a bearer token.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The claim naming the key (its id), so audit rows and scope checks can tell keys apart.</summary>
    public const string KeyIdClaim = "portal:api_key_id";

    /// <summary>The claim carrying the key user's user group.</summary>
    public const string UserGroupClaim = "portal:user_group";
}
