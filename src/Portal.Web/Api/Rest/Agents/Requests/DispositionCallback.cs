namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;
using System.Text.Json.Serialization;
using Portal.Domain.Callbacks;

/// <summary>The callback a scheduled-callback status (e.g. CALLBK) books.</summary>
public sealed record DispositionCallback(
    [property: Description("When to call back, ISO 8601 with an offset, in the future (e.g. 2026-12-01T15:30:00+01:00).")]
    DateTimeOffset? DueAt,
    [property: Description("ANYONE (any agent of the campaign) or USERONLY (only this agent); ANYONE when left out.")]
    [property: JsonConverter(typeof(JsonStringEnumConverter<CallbackType>))]
    CallbackType Type = CallbackType.Anyone,
    [property: Description("Up to 200 characters.")]
    string? Comments = null);
