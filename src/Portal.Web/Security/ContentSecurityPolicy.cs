namespace Portal.Web.Security;

using System.Security.Cryptography;

/// <summary>
/// The Content-Security-Policy every response carries, with a per-request nonce for the one inline script Blazor
/// needs (the import map). Scripts load only from Portal itself; Blazor Server's circuit connects back to the same
/// origin; component libraries set inline styles, so styles allow 'unsafe-inline' (styles cannot run script).
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "Portal.CspNonce";

    /// <summary>The nonce of this request's policy: the import map's <c>nonce</c> attribute.</summary>
    public static string NonceOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        // Hex, not base64: Razor HTML-encodes a base64 "+" in the attribute, so the page would not carry the header's text.
        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string For(HttpContext context) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{NonceOf(context)}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
