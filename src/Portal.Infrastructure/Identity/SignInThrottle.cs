namespace Portal.Infrastructure.Identity;

using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

/// <summary>
/// Lock-out and throttling for every password surface (screens, /agc/api.php, /token.php). Failures count per user
/// AND client address: 10 in a row lock that user at that address for 15 minutes (VICIdial's numbers), so a guesser
/// elsewhere cannot lock the legitimate caller out. Failures also count per address across users (ASP.NET Core's
/// sliding-window rate limiter), so one address cannot try many users. Names are counted whether or not a user has
/// them, so unknown and existing users are refused alike.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly SignInOptions _options;
    private readonly TimeProvider _time;

    public SignInThrottle(IOptions<PortalOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.SignIn;
        _time = time;
        _perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(
            address,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, _options.FailuresPerAddress),
                Window = TimeSpan.FromMinutes(Math.Max(1, _options.AddressWindowMinutes)),
                SegmentsPerWindow = Math.Max(1, _options.AddressWindowMinutes),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether this user may try a password from this address now.</summary>
    public SignInGate Check(string userName, IPAddress? address)
    {
        if (_perAddress.GetStatistics(AddressKey(address))?.CurrentAvailablePermits == 0)
        {
            return SignInGate.AddressThrottled;
        }

        return _failures.TryGetValue(Key(userName, address), out var failures) && failures.LockedUntil > _time.GetUtcNow()
            ? SignInGate.UserLocked
            : SignInGate.Open;
    }

    /// <summary>
    /// A wrong password (or unknown user). <paramref name="countsForUser"/> is false on a surface the user may not use
    /// (the agent APIs for a user without agent-API access, the screens for an API-only user): only the address pays.
    /// </summary>
    public void Failed(string userName, IPAddress? address, bool countsForUser = true)
    {
        using (_perAddress.AttemptAcquire(AddressKey(address)))
        {
        }

        if (!countsForUser)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var lockFor = TimeSpan.FromMinutes(Math.Max(1, _options.LockoutMinutes));
        _failures.AddOrUpdate(
            Key(userName, address),
            _ => new Failures(1, LockAfter(1, now, lockFor)),
            (_, old) =>
            {
                var count = old.LockedUntil is { } until && until <= now ? 1 : old.Count + 1;
                return new Failures(count, LockAfter(count, now, lockFor));
            });
    }

    /// <summary>Whether the user is locked at some address now (the admin screen's "locked out").</summary>
    public bool IsLockedAnywhere(string userName)
    {
        var prefix = Normalize(userName) + "\n";
        var now = _time.GetUtcNow();
        return _failures.Any(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value.LockedUntil > now);
    }

    /// <summary>A correct password: this user's count at this address starts again.</summary>
    public void Succeeded(string userName, IPAddress? address) => _failures.TryRemove(Key(userName, address), out _);

    /// <summary>An admin unlocked the user: every address may try again.</summary>
    public void Unlock(string userName)
    {
        var prefix = Normalize(userName) + "\n";
        foreach (var key in _failures.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _failures.TryRemove(key, out _);
        }
    }

    public void Dispose() => _perAddress.Dispose();

    private DateTimeOffset? LockAfter(int count, DateTimeOffset now, TimeSpan lockFor) =>
        count >= Math.Max(1, _options.MaxFailures) ? now + lockFor : null;

    private static string Key(string userName, IPAddress? address) => $"{Normalize(userName)}\n{AddressKey(address)}";

    private static string Normalize(string userName) => userName.ToUpperInvariant();

    private static string AddressKey(IPAddress? address) => address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil);
}
