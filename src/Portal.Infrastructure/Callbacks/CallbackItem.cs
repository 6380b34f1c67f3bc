namespace Portal.Infrastructure.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>A callback as the agent's panel shows it.</summary>
public sealed record CallbackItem(
    long Id, long LeadId, string LeadName, string PhoneNumber, DateTimeOffset DueAt, CallbackType Type, string Comments, bool IsDue);
