namespace Portal.Web.Api.Rest;

using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

/// <summary>
/// A JSON request body that never fails binding: a body that is not JSON, is malformed, or has a value of the wrong type
/// becomes a problem-details response naming the field (sent by <see cref="RestCallFilter"/> before the handler runs),
/// in every environment. A missing body is fine for a nullable parameter and a validation problem otherwise.
/// </summary>
public sealed class JsonBody<T> : IJsonBody, IEndpointParameterMetadataProvider
    where T : class
{
    private JsonBody(T? value, IResult? rejection)
    {
        Value = value;
        Rejection = rejection;
    }

    /// <summary>The body; null when none was sent to an endpoint whose body is optional.</summary>
    public T? Value { get; }

    public IResult? Rejection { get; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal APIs bind a parameter through a static BindAsync on its own type.")]
    public static async ValueTask<JsonBody<T>> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameter);
        var request = context.Request;
        var optional = IsOptional(parameter);
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return Empty(optional);
        }

        if (!request.HasJsonContentType())
        {
            return new(null, TypedResults.Problem(
                "Send the request body as JSON with the header Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var limit = context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value.RestBytes;
        if (request.ContentLength > limit)
        {
            return new(null, TooLarge(limit));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            using var body = new MemoryStream();
            if (!await CopyAtMostAsync(request.Body, body, limit, context.RequestAborted))
            {
                return new(null, TooLarge(limit));
            }

            body.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(body, options, context.RequestAborted);
            return value is null ? Empty(optional) : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, ex.Path is { Length: > 2 } path
                ? Invalid(path[2..], "This value is not valid here: check its type (text, number, true/false, list) and, for a choice, the allowed values.")
                : Invalid("body", "The body is not a JSON object of the expected shape."));
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Minimal APIs read endpoint metadata from a static method of the parameter's type.")]
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new JsonBodyMetadata(typeof(T), IsOptional(parameter)));
    }

    // NullabilityInfoContext is not thread-safe, and several hosts (tests) build their endpoints at once: one per call.
    private static bool IsOptional(ParameterInfo parameter) => new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"The request body is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Copies the body, or stops and answers false once it passes <paramref name="limit"/> (chunked bodies have no length).</summary>
    private static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return true;
    }

    private static JsonBody<T> Empty(bool optional) =>
        optional ? new(null, null) : new(null, Invalid("body", "This request needs a JSON body."));

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
