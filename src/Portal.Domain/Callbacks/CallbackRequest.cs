namespace Portal.Domain.Callbacks;

/// <summary>What the agent asks for with a scheduled-callback disposition.</summary>
public sealed record CallbackRequest(DateTimeOffset DueAt, CallbackType Type, string Comments)
{
    public static string? Validate(DateTimeOffset dueAt, string? comments, DateTimeOffset now)
    {
        if (dueAt <= now)
        {
            return "Choose a callback time in the future.";
        }

        return (comments?.Length ?? 0) > Callback.MaxCommentsLength
            ? $"Callback comments are at most {Callback.MaxCommentsLength} characters."
            : null;
    }
}
