namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// The contract's pause and unpause act on the call's recording (not on the agent): pause stops a running recording,
/// unpause continues recording a call that is not being recorded (a new recording file), as the screen's record button.
/// The campaign's recording mode still rules: ALLFORCE cannot be stopped, NEVER cannot record.
/// </summary>
internal static class RecordingSwitch
{
    public static async Task<ActionResult> SetAsync(ICallControls controls, AgentActionCall call, bool record)
    {
        if (call.LiveSession is not { State: AgentState.InCall, Call: { } active } || active.Has(CallFlags.Ringing))
        {
            return ActionResult.From(Refusal.NotOnCall);
        }

        if (active.Has(CallFlags.Recording) == record)
        {
            return ActionResult.Fail(record ? "the call is already being recorded" : "the call is not being recorded");
        }

        return ActionResult.From(await controls.RecordAsync(call.AgentUser, record));
    }
}
