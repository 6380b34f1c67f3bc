namespace Portal.Infrastructure;

/// <summary>The <c>Portal:SignIn</c> section: lock-out per user and address, throttling per address.</summary>
public sealed class SignInOptions
{
    /// <summary>Wrong passwords in a row that lock a user at one address (VICIdial: 10).</summary>
    public int MaxFailures { get; set; } = 10;

    /// <summary>How long such a lock lasts (VICIdial: 15 minutes).</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins one address may make, across all users, per window.</summary>
    public int FailuresPerAddress { get; set; } = 30;

    public int AddressWindowMinutes { get; set; } = 15;
}
