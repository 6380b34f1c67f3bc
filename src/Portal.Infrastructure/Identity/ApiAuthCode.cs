namespace Portal.Infrastructure.Identity;

/// <summary>VICIdial's auth message codes, the only detail an API caller learns about a failed login.</summary>
public enum ApiAuthCode
{
    Good,
    Bad,
    Lock,
}
