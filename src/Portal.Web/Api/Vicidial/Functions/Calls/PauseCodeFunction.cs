namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;

/// <summary>pause_code: set the pause code of a paused agent (not checked against the campaign's codes). Contract §3.26.</summary>
internal sealed class PauseCodeFunction : IVicidialFunction
{
    public string Name => "pause_code";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (value.Length is < 1 or > PauseCodeRules.MaxLength || call.NamesNoAgent())
        {
            NotValid(call);
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        if (call.Sessions.Find(call.AgentUser)?.State != AgentState.Paused)
        {
            NotPaused(call);
            return;
        }

        var outcome = await call.Sessions.SendAsync(call.AgentUser, new SetPauseCode(value));
        switch (outcome.Refusal?.Kind)
        {
            case RefusalKind.NotPaused:
                NotPaused(call);
                return;
            case RefusalKind.NotLoggedIn:
                call.Reply.Error(Refusal.NotLoggedIn.Reason, call.AgentUser);
                return;
            case RefusalKind.InvalidPauseCode:
                // A value may keep a | that a pause code may not have.
                NotValid(call);
                return;
        }

        call.Reply.Success("pause_code function sent", call.AgentUser, data: $"{call.Epoch}");
    }

    private static void NotValid(VicidialCall call) => call.Reply.Error("pause_code not valid", $"{call.Value}|{call.AgentUser}");

    private static void NotPaused(VicidialCall call) => call.Reply.Error("pause_code error - agent is not paused", call.AgentUser);
}
