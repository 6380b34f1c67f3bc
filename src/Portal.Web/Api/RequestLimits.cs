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
        request.EnableBuffering(bufferThreshold: (int)Math.Min(limit, 64 * 1024), bufferLimit: limit);
        var options = new FormOptions { BufferBodyLengthLimit = limit, ValueLengthLimit = bounded, KeyLengthLimit = bounded, MultipartBodyLengthLimit = limit };
        try
        {
            return await new FormFeature(request, options).ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException) when (request.Body.CanSeek && request.Body.Length <= limit && !IsMultipart(request))
        {
            // Characters .NET's form reader refuses (a NUL, say): read the fields leniently, as PHP does, rather than drop
            // every field and answer as if the caller had sent none (the wrong format, "Invalid token", "Invalid Source").
            return await ReadLenientlyAsync(request);
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

    private static async Task<IFormCollection> ReadLenientlyAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return new FormCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseNullableQuery(text));
    }

    private static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
}
