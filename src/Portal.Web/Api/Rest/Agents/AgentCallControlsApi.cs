namespace Portal.Web.Api.Rest.Agents;

using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Web.Api.Rest.Agents.Requests;

/// <summary>
/// What happens during the agent's live call: transfer and conference, park and grab, recording and DTMF — the agent's
/// own call controls, as the VICIdial API's transfer_conference, park_call, recording and send_dtmf use them.
/// </summary>
public static class AgentCallControlsApi
{
    public const int MaxDtmfLength = 100;

    public static RouteGroupBuilder MapAgentCallControls(this RouteGroupBuilder agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.MapPost("/transfer", TransferAsync)
            .Describe(RestFunctions.Transfer, "TransferAgentCall", "Transfers or conferences the agent's live call (blind, local closer, 3-way, leave 3-way, hang up lines).", AgentsApi.Tag);
        agent.MapPost("/park", ParkAsync)
            .Describe(RestFunctions.Park, "ParkAgentCall", "Parks the customer (music on hold).", AgentsApi.Tag);
        agent.MapPost("/grab", GrabAsync)
            .Describe(RestFunctions.Park, "GrabAgentCall", "Takes the parked customer back.", AgentsApi.Tag);
        agent.MapPost("/recording/start", StartRecordingAsync)
            .Describe(RestFunctions.Recording, "StartRecording", "Starts recording the call, where the campaign's recording mode allows.", AgentsApi.Tag);
        agent.MapPost("/recording/stop", StopRecordingAsync)
            .Describe(RestFunctions.Recording, "StopRecording", "Stops recording the call, where the campaign's recording mode allows.", AgentsApi.Tag);
        agent.MapPost("/dtmf", SendDtmfAsync)
            .Describe(RestFunctions.Dtmf, "SendDtmf", "Sends DTMF tones into the agent's live call.", AgentsApi.Tag);
        return agent;
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> TransferAsync(
        string agentUser, JsonBody<TransferRequest> body, RestCaller caller, ICallControls controls, TransferTargets targets, AgentViews views)
    {
        var request = body.Value!;
        caller.AuditValue = $"{request.Action} {request.PhoneNumber ?? request.InGroup ?? request.Agent}".TrimEnd();
        if (await ProblemAsync(request, targets) is { } problem)
        {
            return problem;
        }

        var number = request.PhoneNumber ?? "";
        var done = request.Action switch
        {
            TransferAction.Blind => await controls.BlindTransferAsync(agentUser, number),
            TransferAction.LocalCloser => await controls.LocalCloserAsync(agentUser, request.InGroup, request.Agent),
            TransferAction.ThreeWay => await controls.DialConferenceAsync(agentUser, number, withCustomer: true),
            TransferAction.Consultative => await controls.DialConferenceAsync(agentUser, number, withCustomer: false),
            TransferAction.ParkAndDial => await controls.ParkAndDialAsync(agentUser, number),
            TransferAction.Join => await controls.JoinConferenceAsync(agentUser),
            TransferAction.LeaveThreeWay => await controls.LeaveThreeWayAsync(agentUser),
            TransferAction.HangUpTransferLine => await controls.HangUpConferenceLineAsync(agentUser),
            TransferAction.HangUpBothLines => await controls.HangUpBothLinesAsync(agentUser),
            _ => await controls.LeaveVoicemailAsync(agentUser),
        };
        return await views.AfterAsync(agentUser, done);
    }

    /// <summary>What is wrong with the request itself; the call's state is the call controls' to judge.</summary>
    private static async Task<ValidationProblem?> ProblemAsync(TransferRequest request, TransferTargets targets)
    {
        switch (request.Action)
        {
            case null:
                return RestProblems.Invalid("action", "Choose an action: Blind, LocalCloser, ThreeWay, Consultative, ParkAndDial, Join, LeaveThreeWay, HangUpTransferLine, HangUpBothLines or LeaveVoicemail.");
            case TransferAction.Blind or TransferAction.ThreeWay or TransferAction.Consultative or TransferAction.ParkAndDial
                when PhoneNumbers.ValidateNumber(request.PhoneNumber) is { } invalid:
                return RestProblems.Invalid("phoneNumber", invalid);
            case TransferAction.LocalCloser when string.IsNullOrEmpty(request.InGroup) == string.IsNullOrEmpty(request.Agent):
                return RestProblems.Invalid("inGroup", "A local closer transfer goes to an inGroup or to an agent: give exactly one.");
            case TransferAction.LocalCloser when request.InGroup is { Length: > 0 } inGroup && !await targets.IsActiveInGroupAsync(inGroup):
                return RestProblems.Invalid("inGroup", $"In-group {inGroup} does not exist or is not active.");
            default:
                return null;
        }
    }

    private static Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> ParkAsync(
        string agentUser, RestCaller caller, ICallControls controls, AgentViews views) => ParkOrGrabAsync(agentUser, park: true, caller, controls, views);

    private static Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> GrabAsync(
        string agentUser, RestCaller caller, ICallControls controls, AgentViews views) => ParkOrGrabAsync(agentUser, park: false, caller, controls, views);

    private static Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> StartRecordingAsync(
        string agentUser, RestCaller caller, ICallControls controls, AgentViews views) => RecordAsync(agentUser, start: true, caller, controls, views);

    private static Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> StopRecordingAsync(
        string agentUser, RestCaller caller, ICallControls controls, AgentViews views) => RecordAsync(agentUser, start: false, caller, controls, views);

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> ParkOrGrabAsync(
        string agentUser, bool park, RestCaller caller, ICallControls controls, AgentViews views)
    {
        caller.AuditValue = park ? "PARK_CUSTOMER" : "GRAB_CUSTOMER";
        return await views.AfterAsync(agentUser, await controls.ParkAsync(agentUser, park));
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        string agentUser, bool start, RestCaller caller, ICallControls controls, AgentViews views)
    {
        caller.AuditValue = start ? "START" : "STOP";
        return await views.AfterAsync(agentUser, await controls.RecordAsync(agentUser, start));
    }

    private static async Task<Results<Ok<AgentDto>, ValidationProblem, ProblemHttpResult>> SendDtmfAsync(
        string agentUser, JsonBody<DtmfRequest> body, RestCaller caller, DtmfSender sender, AgentViews views)
    {
        var digits = body.Value!.Digits ?? "";
        caller.AuditValue = digits;
        if (digits.Length is 0 or > MaxDtmfLength || !digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or ','))
        {
            return RestProblems.Invalid("digits", $"DTMF digits are 0-9, * and #, with a comma for one second of silence; 1 to {MaxDtmfLength} of them.");
        }

        return await views.AfterAsync(agentUser, sender.Send(agentUser, ToVicidialTones(digits)));
    }

    /// <summary>The DTMF sender speaks VICIdial's tones: S is *, P is # and Q one second of silence.</summary>
    private static string ToVicidialTones(string digits)
    {
        var tones = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            tones.Append(c switch { '*' => 'S', '#' => 'P', ',' => 'Q', _ => c });
        }

        return tones.ToString();
    }
}
