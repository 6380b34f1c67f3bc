namespace Portal.Infrastructure.Leads;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Callbacks;
using Portal.Domain.Leads;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>Finding, creating and picking leads for calls.</summary>
public sealed class LeadDirectory(IDbContextFactory<PortalDbContext> contexts, IOptions<CallCenterOptions> options, TimeProvider time)
{
    public async Task<Lead?> GetAsync(long leadId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
    }

    /// <summary>The caller's lead (most recently changed first), or a new lead in the in-group's list.</summary>
    public async Task<long> FindOrCreateForCallerAsync(string phoneNumber, string inGroupId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Leads.AsNoTracking().Where(l => l.Details.PhoneNumber == phoneNumber)
            .OrderByDescending(l => l.ModifyDate).Select(l => (long?)l.LeadId).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } leadId)
        {
            return leadId;
        }

        var listId = await db.InGroups.Where(g => g.Id == inGroupId).Select(g => g.DefaultListId).SingleOrDefaultAsync(cancellationToken)
            ?? await db.LeadLists.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken);
        var lead = Lead.Create(listId, new LeadDetails { PhoneNumber = phoneNumber, SourceId = inGroupId }, time.GetUtcNow());
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.LeadId;
    }

    /// <summary>A new lead for a manual dial of a number that is not (or should not be) matched to an existing one.</summary>
    public async Task<long> CreateForManualDialAsync(
        string campaignId, string phoneCode, string phoneNumber, string? vendorLeadCode = null, CancellationToken cancellationToken = default)
    {
        var listId = await ManualDialListAsync(campaignId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        listId ??= await db.LeadLists.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken);
        var details = new LeadDetails { PhoneCode = phoneCode, PhoneNumber = phoneNumber, SourceId = "MANUAL", VendorLeadCode = vendorLeadCode };
        var lead = Lead.Create(listId.Value, details, time.GetUtcNow());
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.LeadId;
    }

    /// <summary>The campaign's manual-dial list (VICIdial's manual_dial_list_id): its first active list, if it has one.</summary>
    public async Task<long?> ManualDialListAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LeadLists.Where(l => l.CampaignId == campaignId && l.Active).OrderBy(l => l.Id)
            .Select(l => (long?)l.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A new lead (status NEW) in a list, recorded as entered by <paramref name="enteredBy"/> (external_add_lead).</summary>
    public async Task<long> AddAsync(long listId, LeadDetails details, string enteredBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lead = Lead.Create(listId, details, time.GetUtcNow());
        db.Leads.Add(lead);
        // VICIdial's vicidial_list.user: who entered the lead, until an agent's call records theirs.
        db.Entry(lead).Property(l => l.User).CurrentValue = enteredBy;
        await db.SaveChangesAsync(cancellationToken);
        return lead.LeadId;
    }

    /// <summary>
    /// Changes fields of a lead, named as VICIdial names them (update_fields). Saved only when every value can be stored;
    /// <see cref="LeadFieldsUpdate.Changed"/> says whether any value differed from what the lead had.
    /// </summary>
    public async Task<LeadFieldsUpdate> UpdateFieldsAsync(
        long leadId, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
        if (lead is null)
        {
            return new LeadFieldsUpdate(Found: false, Changed: false, Problem: null);
        }

        var edit = VicidialLeadFields.Apply(lead.Details, fields);
        if (edit.Problem is not null)
        {
            return new LeadFieldsUpdate(Found: true, Changed: false, edit.Problem);
        }

        if (edit.Details == lead.Details)
        {
            return new LeadFieldsUpdate(Found: true, Changed: false, Problem: null);
        }

        lead.Update(edit.Details, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new LeadFieldsUpdate(Found: true, Changed: true, Problem: null);
    }

    /// <summary>The newest lead (highest id) with this vendor lead code, if any.</summary>
    public async Task<Lead?> NewestWithVendorLeadCodeAsync(string vendorLeadCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Leads.AsNoTracking().Where(l => l.Details.VendorLeadCode == vendorLeadCode)
            .OrderByDescending(l => l.LeadId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>An existing lead with this number in the campaign's lists, if any.</summary>
    public async Task<long?> FindInCampaignAsync(string campaignId, string phoneNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lists = db.LeadLists.Where(l => l.CampaignId == campaignId).Select(l => l.Id);
        return await db.Leads.AsNoTracking()
            .Where(l => lists.Contains(l.ListId) && l.Details.PhoneNumber == phoneNumber)
            .OrderByDescending(l => l.ModifyDate).Select(l => (long?)l.LeadId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The next leads to dial for a campaign: dialable status, not called too often or too recently, not on a DNC list.</summary>
    public async Task<IReadOnlyList<Lead>> NextDialableAsync(string campaignId, int count, IReadOnlyCollection<long> exclude, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var recent = time.GetUtcNow().AddMinutes(-o.RedialAfterMinutes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lists = db.LeadLists.Where(l => l.CampaignId == campaignId && l.Active).Select(l => l.Id);
        var dnc = db.DncNumbers.Where(d => d.CampaignId == null || d.CampaignId == campaignId).Select(d => d.PhoneNumber);
        return await db.Leads.AsNoTracking()
            .Where(l => lists.Contains(l.ListId) && o.DialableStatuses.Contains(l.Status) && l.CalledCount < o.MaxCalledCount)
            .Where(l => l.LastLocalCallTime == null || l.LastLocalCallTime < recent)
            .Where(l => !exclude.Contains(l.LeadId) && !dnc.Contains(l.Details.PhoneNumber))
            .OrderBy(l => l.CalledCount).ThenBy(l => l.LeadId)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Due ANYONE callbacks of the campaign, oldest first, with their leads: the auto-dialer calls these before new
    /// leads, as VICIdial puts them back in the hopper. The callbacks returned are marked done.
    /// </summary>
    public async Task<IReadOnlyList<Lead>> TakeDueCallbacksAsync(string campaignId, int count, IReadOnlyCollection<long> exclude, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dnc = db.DncNumbers.Where(d => d.CampaignId == null || d.CampaignId == campaignId).Select(d => d.PhoneNumber);
        var due = await (from c in db.Callbacks
                         join l in db.Leads on c.LeadId equals l.LeadId
                         where c.CampaignId == campaignId && c.Type == CallbackType.Anyone && c.State != CallbackState.Inactive && c.DueAt <= now
                               && !exclude.Contains(l.LeadId) && !dnc.Contains(l.Details.PhoneNumber)
                         orderby c.DueAt
                         select new { Callback = c, Lead = l })
            .Take(count).ToListAsync(cancellationToken);
        due.ForEach(d => d.Callback.Complete());
        await db.SaveChangesAsync(cancellationToken);
        return [.. due.Select(d => d.Lead)];
    }

    /// <summary>An auto-dial call that never reached an agent: the dialer dispositions it (busy, no answer, drop).</summary>
    public async Task RecordDialerOutcomeAsync(long leadId, string status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
        if (lead is not null)
        {
            lead.RecordCall(status, "VDAD", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
