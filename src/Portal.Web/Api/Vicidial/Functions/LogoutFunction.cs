namespace Portal.Web.Api.Vicidial.Functions;

using Portal.Domain.Sessions;

/// <summary>logout: end the agent's session now, or after the disposition when on a call. Contract §3.6.</summary>
internal sealed class LogoutFunction : IVicidialFunction
{
    public string Name => "logout";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (!value.Contains("LOGOUT", StringComparison.Ordinal) || (call.AgentUser.Length == 0 && call.Parameters.AltUser.Length == 0))
        {
            call.Reply.Error("logout not valid", $"{value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        if (value == "LOGOUT")
        {
            var outcome = await call.Sessions.SendAsync(call.AgentUser, new LogOut());
            if (outcome.Refusal is { Kind: RefusalKind.NotLoggedIn })
            {
                call.Reply.Error(outcome.Refusal.Reason, call.AgentUser);
                return;
            }
        }

        call.Reply.Success("logout function set", $"{value}|{call.Epoch}|{call.AgentUser}", data: $"{call.Epoch}");
    }
}
