namespace Portal.Infrastructure.Admin.Dnc;

/// <summary>A number on a do-not-call list; <see cref="CampaignId"/> null for the system list.</summary>
public sealed record DncEntry(long Id, string PhoneNumber, string? CampaignId, DateTimeOffset AddedAt, string AddedBy);
