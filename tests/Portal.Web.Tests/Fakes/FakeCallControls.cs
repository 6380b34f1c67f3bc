namespace Portal.Web.Tests.Fakes;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.Calls;

/// <summary>Records each in-call action as a readable line, e.g. <c>ParkAsync(agent1, True)</c>, and answers with <see cref="Result"/>.</summary>
internal sealed class FakeCallControls : ICallControls
{
    public DeskResult Result { get; set; } = DeskResult.Ok;

    public RecordingEntry? CurrentRecording { get; set; }

    public RecordingMode RecordingMode { get; set; } = RecordingMode.OnDemand;

    public List<string> Calls { get; } = [];

    public Task<DeskResult> BlindTransferAsync(string agentUser, string number) => Record($"{nameof(BlindTransferAsync)}({agentUser}, {number})");

    public Task<DeskResult> LocalCloserAsync(string agentUser, string? inGroupId, string? targetAgent) =>
        Record($"{nameof(LocalCloserAsync)}({agentUser}, {inGroupId ?? "null"}, {targetAgent ?? "null"})");

    public Task<DeskResult> DialConferenceAsync(string agentUser, string number, bool withCustomer) =>
        Record($"{nameof(DialConferenceAsync)}({agentUser}, {number}, {withCustomer})");

    public Task<DeskResult> ParkAndDialAsync(string agentUser, string number) => Record($"{nameof(ParkAndDialAsync)}({agentUser}, {number})");

    public Task<DeskResult> JoinConferenceAsync(string agentUser) => Record($"{nameof(JoinConferenceAsync)}({agentUser})");

    public Task<DeskResult> LeaveThreeWayAsync(string agentUser) => Record($"{nameof(LeaveThreeWayAsync)}({agentUser})");

    public Task<DeskResult> HangUpConferenceLineAsync(string agentUser) => Record($"{nameof(HangUpConferenceLineAsync)}({agentUser})");

    public Task<DeskResult> HangUpBothLinesAsync(string agentUser) => Record($"{nameof(HangUpBothLinesAsync)}({agentUser})");

    public Task<DeskResult> LeaveVoicemailAsync(string agentUser) => Record($"{nameof(LeaveVoicemailAsync)}({agentUser})");

    public Task<DeskResult> ParkAsync(string agentUser, bool park) => Record($"{nameof(ParkAsync)}({agentUser}, {park})");

    public Task<DeskResult> RecordAsync(string agentUser, bool start) => Record($"{nameof(RecordAsync)}({agentUser}, {start})");

    public Task<DeskResult> SendDtmfAsync(string agentUser, string digits) => Record($"{nameof(SendDtmfAsync)}({agentUser}, {digits})");

    public Task<DeskResult> HoldAsync(string agentUser, bool onHold) => Record($"{nameof(HoldAsync)}({agentUser}, {onHold})");

    public Task<DeskResult> MuteAsync(string agentUser, bool muted) => Record($"{nameof(MuteAsync)}({agentUser}, {muted})");

    public Task<RecordingEntry?> CurrentRecordingAsync(string callId) => Task.FromResult(CurrentRecording);

    public Task<RecordingMode> RecordingModeAsync(string agentUser) => Task.FromResult(RecordingMode);

    private Task<DeskResult> Record(string call)
    {
        Calls.Add(call);
        return Task.FromResult(Result);
    }
}
