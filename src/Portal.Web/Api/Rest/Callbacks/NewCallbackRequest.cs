namespace Portal.Web.Api.Rest.Callbacks;

using System.ComponentModel;
using System.Text.Json.Serialization;
using Portal.Domain.Callbacks;

/// <summary>A callback to schedule for a lead.</summary>
public sealed record NewCallbackRequest(
    [property: Description("The lead to call back.")]
    long? LeadId,
    [property: Description("When to call back, ISO 8601 with an offset, in the future.")]
    DateTimeOffset? DueAt,
    [property: Description("ANYONE (any agent of the campaign; default) or USERONLY (only agentUser).")]
    [property: JsonConverter(typeof(JsonStringEnumConverter<CallbackType>))]
    CallbackType Type = CallbackType.Anyone,
    [property: Description("The agent who calls back; required for USERONLY.")]
    string? AgentUser = null,
    [property: Description("The campaign; the campaign of the lead's list when left out.")]
    string? CampaignId = null,
    [property: Description("Up to 200 characters.")]
    string? Comments = null);
