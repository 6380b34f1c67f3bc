namespace Portal.Infrastructure.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>
/// A callback to schedule for a lead. <see cref="CampaignId"/> null means the campaign of the lead's list;
/// <see cref="AgentUser"/> is the owner of a USERONLY callback (and who scheduled an ANYONE one, when given).
/// </summary>
public sealed record NewCallback(long LeadId, string? CampaignId, DateTimeOffset DueAt, CallbackType Type, string? AgentUser, string? Comments);
