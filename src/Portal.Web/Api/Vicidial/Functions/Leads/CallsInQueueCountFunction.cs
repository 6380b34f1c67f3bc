namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Infrastructure.Calls;

/// <summary>calls_in_queue_count: how many waiting calls this agent could be given now. Contract §3.27.</summary>
internal sealed class CallsInQueueCountFunction(CallRouter router) : IVicidialFunction
{
    public string Name => "calls_in_queue_count";

    public async Task RunAsync(VicidialCall call)
    {
        if (call.Value != "DISPLAY" || (call.AgentUser.Length == 0 && call.Parameters.AltUser.Length < 2))
        {
            call.Reply.Error("calls_in_queue_count not valid", $"{call.Value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        // No LF, and the audit's result_reason is the whole line (contract §3.27).
        var line = $"SUCCESS: calls_in_queue_count - {router.WaitingFor(session)}";
        call.Reply.Text(line, "SUCCESS", end: false, lineFeed: false, reason: line);
    }
}
