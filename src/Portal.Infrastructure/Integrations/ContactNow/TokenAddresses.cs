namespace Portal.Infrastructure.Integrations.ContactNow;

using System.Net;

/// <summary>
/// The addresses a token may be used from: the requester's own, or the <c>address=</c> list (comma or space separated,
/// at most <see cref="MaxAddresses"/>). Stored space-separated in their canonical form (IPv4-mapped IPv6 as IPv4).
/// </summary>
public static class TokenAddresses
{
    public const int MaxAddresses = 10;

    private static readonly char[] Separators = [',', ' ', '\t', '\r', '\n'];

    /// <summary>The addresses to bind a new token to, or why the request cannot have one.</summary>
    public static (IReadOnlyList<string> Addresses, string? Error) Choose(string? addressList, IPAddress? requester)
    {
        if (string.IsNullOrWhiteSpace(addressList))
        {
            return requester is null
                ? ([], "your address is unknown, so the token cannot be bound to it; list the allowed addresses in address")
                : ([Canonical(requester)], null);
        }

        var items = addressList.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length > MaxAddresses)
        {
            return ([], $"address lists {items.Length} addresses; at most {MaxAddresses} are allowed");
        }

        var addresses = new List<string>(items.Length);
        foreach (var item in items)
        {
            if (!IPAddress.TryParse(item, out var address) || !LooksLikeAnAddress(item))
            {
                return ([], $"address {Shown(item)} is not an IPv4 or IPv6 address");
            }

            var canonical = Canonical(address);
            if (!addresses.Contains(canonical))
            {
                addresses.Add(canonical);
            }
        }

        return (addresses, null);
    }

    /// <summary>Whether a request from <paramref name="requester"/> may use a token bound to <paramref name="stored"/>.</summary>
    public static bool Allows(string stored, IPAddress? requester) =>
        requester is not null
        && stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Canonical(requester), StringComparer.Ordinal);

    public static string Canonical(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    /// <summary>IPAddress.TryParse accepts "1" or "10.1" as IPv4 shorthands; a token's list wants dotted quads or IPv6.</summary>
    private static bool LooksLikeAnAddress(string text) => text.Contains(':', StringComparison.Ordinal) || text.Count(c => c == '.') == 3;

    private static string Shown(string text) => text.Length > 45 ? text[..45] + "…" : text;
}
