namespace Portal.Infrastructure.Supervision;

/// <summary>What became of a supervisor's action: done, or refused, with a sentence to show on the wallboard.</summary>
public sealed record RemoteResult(bool Succeeded, string Message)
{
    public static RemoteResult Done(string message) => new(true, message);

    public static RemoteResult Refused(string message) => new(false, message);
}
