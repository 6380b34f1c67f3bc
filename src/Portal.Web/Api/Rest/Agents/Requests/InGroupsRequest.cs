namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;
using System.Text.Json.Serialization;
using Portal.Infrastructure.AgentApi.Leads;

/// <summary>Which in-groups the agent takes calls from, and whether they also take outbound calls.</summary>
public sealed record InGroupsRequest(
    [property: Description("Active in-groups of the agent's campaign.")]
    IReadOnlyList<string>? InGroups = null,
    [property: Description("Change (replace the selection; default), Add or Remove.")]
    [property: JsonConverter(typeof(JsonStringEnumConverter<InGroupChangeMode>))]
    InGroupChangeMode Mode = InGroupChangeMode.Change,
    [property: Description("Also take outbound auto-dial calls (only in auto-dial campaigns); unchanged when left out.")]
    bool? Blended = null,
    [property: Description("Also keep this choice as the agent's default for their next login.")]
    bool SetAsDefault = false);
