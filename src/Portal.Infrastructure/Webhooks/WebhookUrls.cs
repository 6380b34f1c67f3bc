namespace Portal.Infrastructure.Webhooks;

/// <summary>What makes a URL acceptable to POST events to.</summary>
internal static class WebhookUrls
{
    public const int MaxLength = 2000;

    /// <summary>The URL in its checked form, or why it is refused.</summary>
    public static (Uri? Url, string? Error) Check(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, "Enter the URL to POST events to.");
        }

        if (text.Length > MaxLength)
        {
            return (null, $"A webhook URL is at most {MaxLength} characters.");
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || string.IsNullOrEmpty(url.Host))
        {
            return (null, $"{text} is not an absolute URL such as https://crm.example.com/portal-events.");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return (null, "A webhook URL starts with http:// or https://.");
        }

        return url.UserInfo.Length > 0
            ? (null, "Put no user name or password in the URL: receivers check the X-Portal-Signature header instead.")
            : (url, null);
    }
}
