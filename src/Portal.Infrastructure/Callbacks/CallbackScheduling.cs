namespace Portal.Infrastructure.Callbacks;

using Portal.Domain.Callbacks;

/// <summary>
/// A scheduled callback, or why it could not be scheduled: the field at fault and what is wrong with it, or — when
/// <see cref="IsForbidden"/> — that the scheduler may not reach the campaign or the agent.
/// </summary>
public sealed record CallbackScheduling(Callback? Callback, string? Field, string? Problem)
{
    public bool IsForbidden { get; init; }

    public static CallbackScheduling Refused(string field, string problem) => new(null, field, problem);

    public static CallbackScheduling Forbidden(string problem) => new(null, null, problem) { IsForbidden = true };
}
