namespace Portal.Infrastructure.Calls;

/// <summary>The outcome of an agent action: done, or a message that says why not.</summary>
public sealed record DeskResult(string? Error)
{
    public static readonly DeskResult Ok = new((string?)null);

    public bool Succeeded => Error is null;

    public static DeskResult Fail(string error) => new(error);
}
