namespace Portal.Web.Api.ContactNow;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>What an action did: done (with the key of what it created, if anything), or why not.</summary>
internal sealed record ActionResult(string? Error, string? Key = null)
{
    public static readonly ActionResult Done = new((string?)null);

    public bool Succeeded => Error is null;

    public static ActionResult Fail(string error) => new(error);

    public static ActionResult From(CommandOutcome outcome) => outcome.IsAccepted ? Done : Fail(outcome.Refusal!.Reason);

    public static ActionResult From(DeskResult result) => result.Succeeded ? Done : Fail(result.Error!);

    public static ActionResult From(Refusal refusal) => Fail(refusal.Reason);
}
