namespace Portal.Infrastructure.Calls;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// What an agent does during a call: the Transfer – Conf panel, park/grab, recording, DTMF, hold and mute.
/// </summary>
public sealed class CallControls(
    SessionRuntime sessions,
    ITelephony telephony,
    CallRegistry registry,
    CallRouter router,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time,
    ILogger<CallControls> logger) : ICallControls
{
    /// <summary>What the VM button plays when no message was chosen for the lead.</summary>
    public const string DefaultVoicemailMessage = "voicemail-message";

    /// <summary>Blind transfer: the customer goes to the number; the agent moves on to the disposition.</summary>
    public Task<DeskResult> BlindTransferAsync(string agentUser, string number) => OnCallAsync(agentUser, async call =>
    {
        if (PhoneNumbers.ValidateNumber(number) is { } invalid)
        {
            return DeskResult.Fail(invalid);
        }

        registry.Forget(call.CallId);
        await telephony.BlindTransferAsync(call.CallId, number);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new HangUpCustomer(CallEndReason.Transferred)));
    });

    /// <summary>Local closer: the customer joins an in-group's queue, or goes straight to a named agent (AGENTDIRECT).</summary>
    public Task<DeskResult> LocalCloserAsync(string agentUser, string? inGroupId, string? targetAgent) => OnCallAsync(agentUser, async call =>
    {
        if (string.IsNullOrEmpty(inGroupId) == string.IsNullOrEmpty(targetAgent))
        {
            return DeskResult.Fail("Choose an in-group or an agent to transfer to.");
        }

        if (targetAgent == agentUser)
        {
            return DeskResult.Fail("You cannot transfer a call to yourself.");
        }

        if (targetAgent is not null && sessions.Find(targetAgent) is null)
        {
            return DeskResult.Fail($"Agent {targetAgent} is not logged in.");
        }

        var tracked = registry.Find(call.CallId);
        await using (var db = await contexts.CreateDbContextAsync())
        {
            if (inGroupId is not null && !await db.InGroups.AnyAsync(g => g.Id == inGroupId && g.Active))
            {
                return DeskResult.Fail($"In-group {inGroupId} does not exist.");
            }
        }

        var session = sessions.Find(agentUser)!;
        await telephony.ReturnToQueueAsync(call.CallId);
        router.Enqueue(new TrackedCall(call.CallId, TrackedCallKind.Inbound, tracked?.CampaignId ?? session.CampaignId, inGroupId, call.LeadId, tracked?.PhoneCode ?? "1", call.PhoneNumber, time.GetUtcNow())
        {
            TargetAgent = targetAgent,
            Priority = int.MaxValue / 2,
        });
        return CallDesk.Result(await sessions.SendAsync(agentUser, new HangUpCustomer(CallEndReason.Transferred)));
    });

    /// <summary>Dials a third party: with the customer (3-way once answered) or consultative (customer on hold meanwhile).</summary>
    public Task<DeskResult> DialConferenceAsync(string agentUser, string number, bool withCustomer) => OnCallAsync(agentUser, async call =>
    {
        if (PhoneNumbers.ValidateNumber(number) is { } invalid)
        {
            return DeskResult.Fail(invalid);
        }

        if (call.ConferenceNumber is not null)
        {
            return DeskResult.Fail("Hang up the transfer line first.");
        }

        registry.Update(call.CallId, c => c with { ConferenceWithCustomer = withCustomer });
        if (!withCustomer && !call.Has(CallFlags.Parked))
        {
            await telephony.SetHoldAsync(call.CallId, true);
            await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.OnHold, true));
        }

        var set = await sessions.SendAsync(agentUser, new SetConferenceLine(number));
        await telephony.DialConferenceAsync(call.CallId, number, withCustomer);
        return CallDesk.Result(set);
    });

    /// <summary>Park the customer, then dial the third party (a number that cannot be dialled leaves the customer where they are).</summary>
    public Task<DeskResult> ParkAndDialAsync(string agentUser, string number) => OnCallAsync(agentUser, async call =>
    {
        if (PhoneNumbers.ValidateNumber(number) is { } invalid)
        {
            return DeskResult.Fail(invalid);
        }

        if (call.ConferenceNumber is not null)
        {
            return DeskResult.Fail("Hang up the transfer line first.");
        }

        var parked = await ParkAsync(agentUser, true);
        return parked.Succeeded ? await DialConferenceAsync(agentUser, number, withCustomer: false) : parked;
    });

    /// <summary>Bring a consulted third party and the customer together (customer back from hold or park).</summary>
    public Task<DeskResult> JoinConferenceAsync(string agentUser) => OnCallAsync(agentUser, async call =>
    {
        if (call.ConferenceNumber is null)
        {
            return DeskResult.Fail("There is no transfer line to join.");
        }

        await telephony.SetHoldAsync(call.CallId, false);
        await telephony.ParkAsync(call.CallId, false);
        await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.OnHold, false));
        await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.Parked, false));
        return CallDesk.Result(await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.ThreeWay, true)));
    });

    /// <summary>The agent leaves; the customer and the third party stay connected.</summary>
    public Task<DeskResult> LeaveThreeWayAsync(string agentUser) => OnCallAsync(agentUser, async call =>
    {
        if (!call.Has(CallFlags.ThreeWay))
        {
            return DeskResult.Fail("There is no 3-way call to leave.");
        }

        registry.Forget(call.CallId);
        await telephony.LeaveConferenceAsync(call.CallId);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new HangUpCustomer(CallEndReason.LeftThreeWay)));
    });

    public Task<DeskResult> HangUpConferenceLineAsync(string agentUser) => OnCallAsync(agentUser, async call =>
    {
        if (call.ConferenceNumber is null)
        {
            return DeskResult.Fail("There is no transfer line to hang up.");
        }

        await telephony.HangUpConferenceAsync(call.CallId);
        await sessions.SendAsync(agentUser, new SetConferenceLine(null));
        if (call.Has(CallFlags.OnHold))
        {
            await telephony.SetHoldAsync(call.CallId, false);
            await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.OnHold, false));
        }

        return DeskResult.Ok;
    });

    public Task<DeskResult> HangUpBothLinesAsync(string agentUser) => OnCallAsync(agentUser, async call =>
    {
        if (call.ConferenceNumber is not null)
        {
            await telephony.HangUpConferenceAsync(call.CallId);
        }

        registry.Forget(call.CallId);
        await telephony.HangUpAsync(call.CallId);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new HangUpCustomer()));
    });

    /// <summary>
    /// VICIdial's VM button: play the voicemail message to the answering machine and move on. The message is the lead's
    /// latest one chosen through the API (vm_message: one or more files separated by |), else the campaign's default.
    /// </summary>
    public Task<DeskResult> LeaveVoicemailAsync(string agentUser) => OnCallAsync(agentUser, async call =>
    {
        var files = call.LeadId is { } leadId && await LatestLeadMessageAsync(leadId) is { } message
            ? message.Split('|', StringSplitOptions.RemoveEmptyEntries)
            : [DefaultVoicemailMessage];
        registry.Forget(call.CallId);
        await telephony.LeaveMessageAsync(call.CallId, files);

        return CallDesk.Result(await sessions.SendAsync(agentUser, new HangUpCustomer()));
    });

    public Task<DeskResult> ParkAsync(string agentUser, bool park) => OnCallAsync(agentUser, async call =>
    {
        await telephony.ParkAsync(call.CallId, park);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.Parked, park)));
    });

    /// <summary>Start or stop recording, as the campaign's recording mode allows.</summary>
    public Task<DeskResult> RecordAsync(string agentUser, bool start) => OnCallAsync(agentUser, async call =>
    {
        var mode = await RecordingModeAsync(agentUser);
        if (start && mode == RecordingMode.Never)
        {
            return DeskResult.Fail("This campaign does not record calls.");
        }

        if (!start && mode == RecordingMode.AllForce)
        {
            return DeskResult.Fail("This campaign records every call; recording cannot be stopped.");
        }

        if (call.Has(CallFlags.Recording) == start)
        {
            return DeskResult.Ok;
        }

        await using var db = await contexts.CreateDbContextAsync();
        if (start)
        {
            var recording = await telephony.StartRecordingAsync(call.CallId, agentUser);
            db.Recordings.Add(new RecordingEntry
            {
                RecordingId = recording.RecordingId, CallId = call.CallId, AgentUser = agentUser, LeadId = call.LeadId,
                FileName = recording.FileName, StartedAt = recording.StartedAt,
            });
        }
        else
        {
            await telephony.StopRecordingAsync(call.CallId);
            foreach (var open in await db.Recordings.Where(r => r.CallId == call.CallId && r.EndedAt == null).ToListAsync())
            {
                open.EndedAt = time.GetUtcNow();
            }
        }

        await db.SaveChangesAsync();
        return CallDesk.Result(await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.Recording, start)));
    });

    public Task<DeskResult> SendDtmfAsync(string agentUser, string digits) => OnCallAsync(agentUser, async call =>
    {
        if (!PhoneNumbers.IsDtmf(digits))
        {
            return DeskResult.Fail("DTMF digits are 0-9, * and #.");
        }

        await telephony.SendDtmfAsync(call.CallId, digits);
        return DeskResult.Ok;
    });

    public Task<DeskResult> HoldAsync(string agentUser, bool onHold) => OnCallAsync(agentUser, async call =>
    {
        await telephony.SetHoldAsync(call.CallId, onHold);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.OnHold, onHold)));
    });

    public Task<DeskResult> MuteAsync(string agentUser, bool muted) => OnCallAsync(agentUser, async call =>
    {
        await telephony.SetMuteAsync(call.CallId, muted);
        return CallDesk.Result(await sessions.SendAsync(agentUser, new SetCallFlag(CallFlags.Muted, muted)));
    });

    /// <summary>The most recent recording of the agent's current call, for the indicator.</summary>
    public async Task<RecordingEntry?> CurrentRecordingAsync(string callId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Recordings.AsNoTracking().Where(r => r.CallId == callId).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync();
    }

    public async Task<RecordingMode> RecordingModeAsync(string agentUser)
    {
        var campaignId = sessions.Find(agentUser)?.CampaignId;
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Recording).SingleOrDefaultAsync();
    }

    private async Task<string?> LatestLeadMessageAsync(long leadId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.LeadMessages.AsNoTracking().Where(m => m.LeadId == leadId)
            .OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Select(m => m.Audio).FirstOrDefaultAsync();
    }

    private async Task<DeskResult> OnCallAsync(string agentUser, Func<ActiveCall, Task<DeskResult>> action)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return DeskResult.Fail(Refusal.NotLoggedIn.Reason);
        }

        if (session is not { State: AgentState.InCall, Call: { } call } || call.Has(CallFlags.Ringing))
        {
            return DeskResult.Fail(Refusal.NotOnCall.Reason);
        }

        try
        {
            return await action(call);
        }
        catch (TelephonyException ex)
        {
            logger.LogWarning("The phone system failed agent {AgentUser}'s call action: {Reason}", agentUser, ex.Message);
            return DeskResult.Fail(ex.UserMessage);
        }
    }
}
