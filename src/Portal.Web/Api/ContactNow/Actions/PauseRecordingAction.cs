namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Infrastructure.Calls;

/// <summary>pause: stops the recording of the agent's call (see <see cref="RecordingSwitch"/>).</summary>
internal sealed class PauseRecordingAction(ICallControls controls) : IAgentAction
{
    public string Name => "pause";

    public string Permission => "recording";

    public bool NeedsSession => true;

    public Task<ActionResult> RunAsync(AgentActionCall call) => RecordingSwitch.SetAsync(controls, call, record: false);
}
