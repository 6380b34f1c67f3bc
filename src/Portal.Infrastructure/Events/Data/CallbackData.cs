namespace Portal.Infrastructure.Events.Data;

using Portal.Domain.Callbacks;

/// <summary>A scheduled callback: when, for whom (USERONLY or ANYONE) and the agent's comments.</summary>
public sealed record CallbackData(DateTimeOffset DueAt, string Type, string Comments)
{
    public static CallbackData Of(CallbackRequest request) =>
        new(request.DueAt, request.Type == CallbackType.UserOnly ? "USERONLY" : "ANYONE", request.Comments);
}
