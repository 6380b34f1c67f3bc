namespace Portal.Infrastructure.Integrations.ContactNow;

using System.Security.Cryptography;
using System.Text;

/// <summary>A new token is 32 random bytes, URL-safe base64; only its SHA-256 is ever stored or used as a key.</summary>
public static class TokenSecret
{
    public const int RandomBytes = 32;

    /// <summary>Longer than any token Portal issues: such a value is refused before it is hashed.</summary>
    public const int MaxLength = 128;

    /// <summary>Could Portal have issued it (URL-safe base64, not too long)? Anything else is an invalid token, not an unknown one.</summary>
    public static bool IsWellFormed(string token) =>
        token.Length is > 0 and <= MaxLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Lower-case hex SHA-256 of the token, as stored in ContactNowTokens.TokenHash.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
