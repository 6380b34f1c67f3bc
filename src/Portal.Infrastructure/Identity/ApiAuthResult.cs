namespace Portal.Infrastructure.Identity;

using Portal.Domain.Users;

/// <summary>The outcome of checking an API caller's credentials.</summary>
public sealed record ApiAuthResult(ApiAuthCode Code, string? UserName, string UserGroup, ApiPermissions Permissions)
{
    public bool IsGood => Code == ApiAuthCode.Good;

    public static ApiAuthResult Failed(ApiAuthCode code, string userGroup = "") => new(code, null, userGroup, ApiPermissions.None);
}
