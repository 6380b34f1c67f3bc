namespace Portal.Infrastructure.Calls;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// Placing and ending calls for an agent: manual dial, preview and dial-next, hang-up and disposition. Each action
/// checks the rules, drives the telephony port, and changes the session through its command — the same path the
/// APIs use.
/// </summary>
public sealed partial class CallDesk(
    SessionRuntime sessions,
    ITelephony telephony,
    CallIds callIds,
    CallRegistry registry,
    LeadDirectory leads,
    DncList dnc,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider time,
    ILogger<CallDesk> logger) : ICallDesk
{
    public async Task<DeskResult> ManualDialAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default)
    {
        var (session, target, refused) = await PausedTargetAsync(agentUser, request, "Pause first: manual dials are placed while paused.", cancellationToken);
        if (refused is not null)
        {
            return DeskResult.Fail(refused);
        }

        if (await dnc.ContainsAsync(target.Number, session.CampaignId, cancellationToken))
        {
            return DeskResult.Fail($"{target.Number} is on the do-not-call list and cannot be dialled.");
        }

        if (request.CallbackId is { } callbackId && await CallbackProblemAsync(callbackId, agentUser, target.LeadId, cancellationToken) is { } problem)
        {
            return DeskResult.Fail(problem);
        }

        // Only a dial that is allowed gets a lead: an existing one of the campaign, or a new one.
        var leadId = await LeadForAsync(session, target, request, cancellationToken);

        // The call is tracked and on the agent's screen before it is dialled, so its outcome always finds it.
        var callId = callIds.Next();
        var now = time.GetUtcNow();
        registry.Track(new TrackedCall(callId, TrackedCallKind.Manual, session.CampaignId, null, leadId, target.PhoneCode, target.Number, now) { AgentUser = agentUser });
        var call = new ActiveCall(callId, leadId, target.Number, CallDirection.Manual, request.InGroupId, CallFlags.Ringing, now);
        var placed = await sessions.SendAsync(agentUser, new PlaceCall(call));
        if (!placed.IsAccepted)
        {
            registry.Forget(callId);
            return DeskResult.Fail(placed.Refusal!.Reason);
        }

        try
        {
            var originate = new OriginateRequest(callId, target.PhoneCode, target.Number, session.CampaignId, agentUser, request.CallerId);
            await telephony.OriginateAsync(originate, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            registry.Forget(callId);
            await sessions.SendAsync(agentUser, new HangUpCustomer(CallEndReason.Dropped));
            return DeskResult.Fail("The phone system could not place the call; disposition it and try again.");
        }

        if (request.CallbackId is { } dialled)
        {
            await CompleteCallbackAsync(dialled, cancellationToken);
        }

        ForgetSkipped(agentUser, target.LeadId);
        return DeskResult.Ok;
    }

    /// <summary>Dial next number: the next dialable lead of the campaign, dialled at once.</summary>
    public async Task<DeskResult> DialNextAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        var lead = await PreviewNextAsync(agentUser, cancellationToken);
        return lead is null
            ? DeskResult.Fail("There are no more leads to dial in this campaign.")
            : await ManualDialAsync(agentUser, new ManualDialRequest(lead.Details.PhoneCode, lead.Details.PhoneNumber, LeadId: lead.LeadId), cancellationToken);
    }

    public async Task<DeskResult> HangUpAsync(string agentUser, CallEndReason endedBy = CallEndReason.AgentHangup, CancellationToken cancellationToken = default)
    {
        var session = sessions.Find(agentUser);
        if (session?.Call is not { } call || session.State != AgentState.InCall)
        {
            return DeskResult.Fail(Refusal.NotOnCall.Reason);
        }

        registry.Forget(call.CallId);
        try
        {
            await telephony.HangUpAsync(call.CallId, cancellationToken);
        }
        catch (TelephonyException ex)
        {
            // The call ends on the desk all the same: a PBX that cannot be reached has no call to keep.
            logger.LogWarning("The phone system could not hang up call {CallId}: {Reason}", call.CallId, ex.Message);
        }

        var reason = call.Has(CallFlags.Ringing) ? CallEndReason.NoAnswer : endedBy;
        return Result(await sessions.SendAsync(agentUser, new HangUpCustomer(reason)));
    }

    /// <summary>Disposition with the campaign's rules: a selectable status, and a valid callback for a callback status.</summary>
    public async Task<DeskResult> DispositionAsync(
        string agentUser, string statusCode, bool pauseAfter, CallbackRequest? callback, CancellationToken cancellationToken = default)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return DeskResult.Fail(Refusal.NotLoggedIn.Reason);
        }

        var status = (await StatusesAsync(session.CampaignId, cancellationToken)).FirstOrDefault(s => s.Code == statusCode);
        if (status is null)
        {
            return DeskResult.Fail($"{statusCode} is not a status you can choose.");
        }

        if (status.IsScheduledCallback)
        {
            if (callback is null)
            {
                return DeskResult.Fail("Choose the date and time of the callback.");
            }

            if (CallbackRequest.Validate(callback.DueAt, callback.Comments, time.GetUtcNow()) is { } problem)
            {
                return DeskResult.Fail(problem);
            }
        }

        return Result(await sessions.SendAsync(agentUser, new Disposition(statusCode, pauseAfter, status.IsScheduledCallback ? callback : null)));
    }

    /// <summary>
    /// The statuses the agent may choose in this campaign: the active, selectable system ones and the campaign's own (a
    /// campaign's status wins over a system one with the code); callback statuses only where the campaign allows callbacks.
    /// </summary>
    public async Task<IReadOnlyList<Status>> StatusesAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callbacks = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => (bool?)c.ScheduledCallbacks).SingleOrDefaultAsync(cancellationToken) ?? true;
        var statuses = await db.Statuses.AsNoTracking()
            .Where(s => s.Active && (s.CampaignId == null || s.CampaignId == campaignId)).ToListAsync(cancellationToken);
        return [.. statuses
            .Where(s => s.Selectable && (callbacks || !s.IsScheduledCallback))
            .GroupBy(s => s.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => s.CampaignId is not null).First())
            .OrderBy(s => s.Code, StringComparer.Ordinal)];
    }

    internal static DeskResult Result(CommandOutcome outcome) => outcome.IsAccepted ? DeskResult.Ok : DeskResult.Fail(outcome.Refusal!.Reason);

    /// <summary>The agent's session and what to dial, or why not: not logged in, not paused, or no valid number.</summary>
    private async Task<(SessionSnapshot Session, (string PhoneCode, string Number, long? LeadId, string? Error) Target, string? Refused)> PausedTargetAsync(
        string agentUser, ManualDialRequest request, string notPaused, CancellationToken cancellationToken)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return (null!, default, Refusal.NotLoggedIn.Reason);
        }

        if (session.State != AgentState.Paused)
        {
            return (session, default, notPaused);
        }

        var target = await ResolveTargetAsync(request, cancellationToken);
        return (session, target, target.Error);
    }

    /// <summary>The lead of a dial or preview: the one asked for, an existing one of the campaign, or a new one.</summary>
    private async Task<long> LeadForAsync(
        SessionSnapshot session, (string PhoneCode, string Number, long? LeadId, string? Error) target, ManualDialRequest request, CancellationToken cancellationToken) =>
        target.LeadId
        ?? (request.SearchExistingLead ? await leads.FindInCampaignAsync(session.CampaignId, target.Number, cancellationToken) : null)
        ?? await leads.CreateForManualDialAsync(session.CampaignId, target.PhoneCode, target.Number, request.VendorLeadCode, cancellationToken);

    private async Task<(string PhoneCode, string Number, long? LeadId, string? Error)> ResolveTargetAsync(
        ManualDialRequest request, CancellationToken cancellationToken)
    {
        if (request.LeadId is { } leadId)
        {
            var lead = await leads.GetAsync(leadId, cancellationToken);
            if (lead is null)
            {
                return ("", "", null, $"Lead {leadId} does not exist.");
            }

            var number = request.NumberOverride ?? (request.UseAltPhone ? lead.Details.AltPhone : lead.Details.PhoneNumber);
            return string.IsNullOrWhiteSpace(number)
                ? ("", "", null, "This lead has no alternate phone.")
                : (lead.Details.PhoneCode, number, leadId, PhoneNumbers.ValidateNumber(number));
        }

        var invalid = PhoneNumbers.ValidatePhoneCode(request.PhoneCode) ?? PhoneNumbers.ValidateNumber(request.PhoneNumber);
        return (request.PhoneCode, request.PhoneNumber, null, invalid);
    }

    /// <summary>A callback may be dialled by an agent who may take it, for its own lead, while it is still open.</summary>
    private async Task<string?> CallbackProblemAsync(long callbackId, string agentUser, long? leadId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callback = await db.Callbacks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callbackId, cancellationToken);
        return callback switch
        {
            null or { State: CallbackState.Inactive } => "This callback is no longer open.",
            _ when !callback.MayBeTakenBy(agentUser) => "This callback belongs to another agent.",
            _ when callback.LeadId != leadId => "This callback is for another lead.",
            _ => null,
        };
    }

    private async Task CompleteCallbackAsync(long callbackId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var callback = await db.Callbacks.SingleOrDefaultAsync(c => c.Id == callbackId, cancellationToken);
        if (callback is not null)
        {
            callback.Complete();
            await db.SaveChangesAsync(cancellationToken);
        }
    }

}
