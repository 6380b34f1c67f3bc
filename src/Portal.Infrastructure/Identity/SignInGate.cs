namespace Portal.Infrastructure.Identity;

public enum SignInGate
{
    Open,

    /// <summary>Too many wrong passwords for this user from this address: locked for the lock-out time.</summary>
    UserLocked,

    /// <summary>Too many failures from this address across users: refused until the window moves on.</summary>
    AddressThrottled,
}
