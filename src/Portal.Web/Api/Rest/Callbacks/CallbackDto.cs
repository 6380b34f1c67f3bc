namespace Portal.Web.Api.Rest.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>A scheduled callback.</summary>
/// <param name="Type">ANYONE or USERONLY.</param>
/// <param name="State">ACTIVE (scheduled), LIVE (due) or INACTIVE (called back or cancelled).</param>
/// <param name="AgentUser">Who scheduled it; the only agent who may take a USERONLY callback.</param>
public sealed record CallbackDto(
    long Id, long LeadId, string CampaignId, DateTimeOffset DueAt, string Type, string State, string? AgentUser, string Comments, DateTimeOffset CreatedAt)
{
    public static CallbackDto From(Callback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new(
            callback.Id, callback.LeadId, callback.CampaignId, callback.DueAt, TypeName(callback.Type), callback.State.ToString().ToUpperInvariant(),
            callback.AgentUser, callback.Comments, callback.CreatedAt);
    }

    public static string TypeName(CallbackType type) => type == CallbackType.UserOnly ? "USERONLY" : "ANYONE";
}
