namespace Portal.Web.Api;

using Microsoft.AspNetCore.Http.Features;

/// <summary>
/// How large a request body each API surface reads (<c>Portal:RequestLimits</c>). The agent APIs ignore a larger form,
/// as PHP does beyond post_max_size, so the caller gets the surface's own "missing parameter" answer; REST answers 413.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Portal:RequestLimits";

    /// <summary>/agc/api.php, /token.php and /agent.php form bodies, in bytes (64 KiB).</summary>
    public long AgentApiBytes { get; set; } = 64 * 1024;

    /// <summary>REST JSON bodies, in bytes (1 MiB).</summary>
    public long RestBytes { get; set; } = 1024 * 1024;

    /// <summary>The request's form, or null when it has none, is malformed or is larger than <paramref name="limit"/>.</summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, long limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.ContentLength > limit)
        {
            return null;
        }

        var bounded = (int)Math.Min(limit, int.MaxValue);
        var options = new FormOptions { BufferBodyLengthLimit = limit, ValueLengthLimit = bounded, KeyLengthLimit = bounded, MultipartBodyLengthLimit = limit };
        try
        {
            return await new FormFeature(request, options).ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // Malformed or over the limit while streaming: treated as no body, so the contract's ERROR line follows.
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
