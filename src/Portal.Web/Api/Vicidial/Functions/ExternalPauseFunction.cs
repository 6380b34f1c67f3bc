namespace Portal.Web.Api.Vicidial.Functions;

using Portal.Domain.Sessions;

/// <summary>external_pause: PAUSE now (or after the call when on one), RESUME a paused agent. Contract §3.5.</summary>
internal sealed class ExternalPauseFunction : IVicidialFunction
{
    public string Name => "external_pause";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (value.Length == 0 || (call.AgentUser.Length == 0 && call.Parameters.AltUser.Length == 0)
            || (!value.Contains("PAUSE", StringComparison.Ordinal) && !value.Contains("RESUME", StringComparison.Ordinal)))
        {
            call.Reply.Error("external_pause not valid", $"{value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        // As on VICIdial's screen, only the exact words act; other values that pass the check are accepted and ignored,
        // except that one with RESUME in it is refused for an agent who is not paused (this node's view of the session:
        // the exact RESUME is judged by the session itself, whose node may be another one, ahead of this node's view).
        AgentCommand? command = value switch
        {
            "PAUSE" => new Pause(),
            "RESUME" => new GoReady(),
            _ => null,
        };
        if (command is null && value.Contains("RESUME", StringComparison.Ordinal)
            && call.Sessions.Find(call.AgentUser)?.State is AgentState.Ready or AgentState.Queue or AgentState.InCall)
        {
            NotPaused(call);
            return;
        }

        if (command is not null)
        {
            var outcome = await call.Sessions.SendAsync(call.AgentUser, command);
            if (outcome.Refusal is { Kind: RefusalKind.NotPaused })
            {
                NotPaused(call);
                return;
            }

            if (outcome.Refusal is { Kind: RefusalKind.NotLoggedIn })
            {
                call.Reply.Error(outcome.Refusal.Reason, call.AgentUser);
                return;
            }
        }

        call.Reply.Success("external_pause function set", $"{value}|{call.Epoch}|{call.AgentUser}", data: $"{call.Epoch}");
    }

    private static void NotPaused(VicidialCall call) =>
        call.Reply.Error($"external_pause {Refusal.NotPaused.Reason}", $"{call.Value}|{call.AgentUser}", end: true);
}
