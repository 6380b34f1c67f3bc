namespace Portal.Infrastructure.Calls;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>Previewing leads before dialling them: DIAL / SKIP / FINISH, alternate numbers, skipped leads.</summary>
public sealed partial class CallDesk
{
    private readonly ConcurrentDictionary<string, HashSet<long>> _skipped = new(StringComparer.Ordinal);

    /// <summary>
    /// Shows a given lead — or the lead for a number, found in the campaign or created — in preview on the paused agent's
    /// screen, to be dialled, skipped or finished there (the Agent API's external_dial with preview=YES).
    /// </summary>
    public async Task<DeskResult> PreviewAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default)
    {
        var (session, target, refused) = await PausedTargetAsync(agentUser, request, "Pause first: leads are previewed while paused.", cancellationToken);
        if (refused is not null)
        {
            return DeskResult.Fail(refused);
        }

        // As for a dial, a number on a do-not-call list gets no lead.
        if (target.LeadId is null && await dnc.ContainsAsync(target.Number, session.CampaignId, cancellationToken))
        {
            return DeskResult.Fail($"{target.Number} is on the do-not-call list and cannot be dialled.");
        }

        var leadId = await LeadForAsync(session, target, request, cancellationToken);
        return Result(await sessions.SendAsync(agentUser, new PreviewLead(leadId)));
    }

    /// <summary>The next lead the agent could dial in their campaign, for a preview (skipped leads are not offered again).</summary>
    public async Task<Lead?> PreviewNextAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return null;
        }

        var busy = registry.All().Where(c => c.LeadId is not null).Select(c => c.LeadId!.Value);
        var skipped = _skipped.GetOrAdd(agentUser, _ => []);
        List<long> exclude;
        lock (skipped)
        {
            exclude = [.. busy.Concat(skipped)];
        }

        var next = await leads.NextDialableAsync(session.CampaignId, 1, exclude, cancellationToken);
        return next.Count == 0 ? null : next[0];
    }

    /// <summary>Shows the next dialable lead in preview on the agent's screen (they must be paused).</summary>
    public async Task<DeskResult> ShowNextPreviewAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        var lead = await PreviewNextAsync(agentUser, cancellationToken);
        return lead is null
            ? DeskResult.Fail("There are no more leads to preview in this campaign.")
            : Result(await sessions.SendAsync(agentUser, new PreviewLead(lead.LeadId)));
    }

    /// <summary>SKIP: the previewed lead is not offered again this session, and the next one is shown.</summary>
    public async Task<DeskResult> SkipPreviewAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        if (sessions.Find(agentUser)?.PreviewLeadId is { } leadId)
        {
            SkipPreview(agentUser, leadId);
        }

        var next = await ShowNextPreviewAsync(agentUser, cancellationToken);
        if (!next.Succeeded)
        {
            await sessions.SendAsync(agentUser, new EndPreview());
        }

        return next;
    }

    /// <summary>FINISH: close the preview without dialling.</summary>
    public async Task<DeskResult> FinishPreviewAsync(string agentUser) => Result(await sessions.SendAsync(agentUser, new EndPreview()));

    /// <summary>DIAL (main phone), ALTDIAL (alternate phone) or ADR3DIAL (address 3) of the previewed lead.</summary>
    public async Task<DeskResult> DialPreviewAsync(string agentUser, PreviewDialTarget target, CancellationToken cancellationToken = default)
    {
        if (sessions.Find(agentUser)?.PreviewLeadId is not { } leadId || await leads.GetAsync(leadId, cancellationToken) is not { } lead)
        {
            return DeskResult.Fail("No lead is in preview.");
        }

        var number = target switch
        {
            PreviewDialTarget.AltPhone => lead.Details.AltPhone,
            PreviewDialTarget.Address3 => new string((lead.Details.Address3 ?? "").Where(char.IsAsciiDigit).ToArray()),
            _ => lead.Details.PhoneNumber,
        };
        if (string.IsNullOrWhiteSpace(number))
        {
            return DeskResult.Fail(target == PreviewDialTarget.AltPhone ? "This lead has no alternate phone." : "This lead has no number in address 3.");
        }

        return await ManualDialAsync(agentUser, new ManualDialRequest(lead.Details.PhoneCode, number, LeadId: leadId, UseAltPhone: target == PreviewDialTarget.AltPhone, NumberOverride: target == PreviewDialTarget.Address3 ? number : null), cancellationToken);
    }

    /// <summary>SKIP in a preview: this lead is not offered to this agent again during this session.</summary>
    public void SkipPreview(string agentUser, long leadId)
    {
        var skipped = _skipped.GetOrAdd(agentUser, _ => []);
        lock (skipped)
        {
            skipped.Add(leadId);
        }
    }

    private void ForgetSkipped(string agentUser, long? leadId)
    {
        if (leadId is { } id && _skipped.TryGetValue(agentUser, out var skipped))
        {
            lock (skipped)
            {
                skipped.Remove(id);
            }
        }
    }
}
