namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// force_fronter_leave_3way: the other agent on the closer's lead (the fronter) leaves the 3-way call, as with
/// transfer_conference LEAVE_3WAY_CALL. Contract §3.28.
/// </summary>
internal sealed class ForceFronterLeave3WayFunction(FronterLocator fronters, ICallControls controls) : IVicidialFunction
{
    public string Name => "force_fronter_leave_3way";

    public async Task RunAsync(VicidialCall call)
    {
        var (passed, leadId) = await FronterRequest.CheckAsync(call);
        if (!passed)
        {
            return;
        }

        if (fronters.LiveFronter(call.AgentUser, leadId) is not { } fronter)
        {
            FronterRequest.NoFronter(call);
            return;
        }

        // A fronter who has already left (in wrap-up, or never joined) has nothing to leave; VICIdial's screen ignores
        // the command then too.
        if (fronter.LiveCall() is { } fronterCall && fronterCall.Has(CallFlags.ThreeWay))
        {
            await controls.LeaveThreeWayAsync(fronter.AgentUser);
        }

        var line = $"SUCCESS: force_fronter_leave_3way SENT - {fronter.AgentUser}";
        call.Reply.Text(line, "SUCCESS", end: false, lineFeed: false, reason: line);
    }
}
