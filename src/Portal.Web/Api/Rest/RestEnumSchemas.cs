namespace Portal.Web.Api.Rest;

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// Enums the REST API reads as strings (<c>JsonStringEnumConverter</c> on the property) are described as strings: with
/// <c>type: string</c> and a default that is one of their names. Left alone, the generator gave them no type and the
/// default 0, and a Kiota-generated client did not compile.
/// </summary>
internal sealed class RestEnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!type.IsEnum || schema.Enum is not { Count: > 0 } values
            || values.Any(v => v is not null && v.GetValueKind() is not (System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.Null)))
        {
            return Task.CompletedTask;
        }

        // A nullable enum lists null among its values, and so is a string or null.
        var nullable = values.Any(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.Null);
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        if (schema.Default is JsonValue number && number.TryGetValue<int>(out var ordinal) && Enum.IsDefined(type, ordinal))
        {
            schema.Default = JsonValue.Create(Enum.GetName(type, ordinal));
        }

        return Task.CompletedTask;
    }
}
