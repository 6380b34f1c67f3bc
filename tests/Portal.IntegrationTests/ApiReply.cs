namespace Portal.IntegrationTests;

using System.Net;
using System.Text.RegularExpressions;

/// <summary>What /agc/api.php answered: status, body and the headers the contract fixes.</summary>
internal sealed record ApiReply(HttpStatusCode Status, string Body, string? ContentType, string CacheControl, string Pragma)
{
    public static async Task<ApiReply> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return new ApiReply(
            response.StatusCode,
            body,
            response.Content.Headers.ContentType?.ToString(),
            string.Join(", ", response.Headers.TryGetValues("Cache-Control", out var cache) ? cache : []),
            string.Join(", ", response.Headers.TryGetValues("Pragma", out var pragma) ? pragma : []));
    }

    /// <summary>The epoch a SUCCESS line carries (<c>…function set - {value}|{epoch}|{agent_user}</c>).</summary>
    public long SuccessEpoch()
    {
        var match = Regex.Match(Body, @"^SUCCESS: [a-z_ ]+ - [^|]*\|(\d+)\|", RegexOptions.Multiline);
        Assert.True(match.Success, $"No SUCCESS line with an epoch in: {Body}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
