namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Infrastructure.Calls;

/// <summary>unpause: continues recording the agent's call after a pause (see <see cref="RecordingSwitch"/>).</summary>
internal sealed class UnpauseRecordingAction(ICallControls controls) : IAgentAction
{
    public string Name => "unpause";

    public string Permission => "recording";

    public bool NeedsSession => true;

    public Task<ActionResult> RunAsync(AgentActionCall call) => RecordingSwitch.SetAsync(controls, call, record: true);
}
