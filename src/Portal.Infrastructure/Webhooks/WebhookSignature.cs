namespace Portal.Infrastructure.Webhooks;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Signs a webhook POST: HMAC-SHA256, keyed with the UTF-8 bytes of the subscription's secret, over the UTF-8 bytes
/// of the timestamp header's value, a full stop, and the raw body. Signing the timestamp lets receivers refuse
/// replays of old requests.
/// </summary>
public static class WebhookSignature
{
    public const string Prefix = "sha256=";

    public static string Compute(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return Prefix + Convert.ToHexStringLower(mac);
    }
}
