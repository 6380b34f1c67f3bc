namespace Portal.Infrastructure.Leads;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Data;

/// <summary>Lead search and editing for the agent screen.</summary>
public sealed class LeadSearch(IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : ILeadSearch
{
    public const int MaxResults = 50;

    /// <summary>By lead id (digits up to 9), phone number (digits), or a name (first, last or "first last").</summary>
    public async Task<IReadOnlyList<Lead>> FindAsync(string query, CancellationToken cancellationToken = default)
    {
        query = query.Trim();
        if (query.Length < 2)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leads = db.Leads.AsNoTracking();
        var id = -1L;
        if (query.All(char.IsAsciiDigit))
        {
            id = query.Length <= 9 ? long.Parse(query, System.Globalization.CultureInfo.InvariantCulture) : -1;
            leads = leads.Where(l => l.LeadId == id || l.Details.PhoneNumber.Contains(query) || l.Details.AltPhone!.Contains(query));
        }
        else
        {
            var parts = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var part in parts)
            {
                // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
                var pattern = $"%{part.ToLowerInvariant()}%";
                leads = leads.Where(l => EF.Functions.Like(l.Details.FirstName!.ToLower(), pattern) || EF.Functions.Like(l.Details.LastName!.ToLower(), pattern));
            }
        }

        // The lead whose id was typed comes first, before the leads whose numbers merely contain those digits.
        return await leads.OrderBy(l => l.LeadId == id ? 0 : 1).ThenBy(l => l.Details.LastName).ThenBy(l => l.LeadId)
            .Take(MaxResults).ToListAsync(cancellationToken);
    }

    /// <summary>Saves edited details; returns the problems (by field) when they are not valid.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UpdateAsync(long leadId, LeadDetails details, CancellationToken cancellationToken = default)
    {
        var problems = LeadRules.Validate(details);
        if (problems.Count > 0)
        {
            return problems;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
        if (lead is null)
        {
            return new Dictionary<string, string> { [""] = $"Lead {leadId} no longer exists." };
        }

        lead.Update(details, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new Dictionary<string, string>();
    }
}
