namespace Portal.Infrastructure.Admin.Leads;

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Data;

/// <summary>Leads for administrators: search across (or within) lists and edit with the same rules as the agent's lead panel.</summary>
public sealed class LeadAdmin(AdminGate gate, IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : ILeadAdmin
{
    public const int MaxResults = 100;

    public async Task<IReadOnlyList<Lead>> SearchAsync(ClaimsPrincipal caller, string query, long? listId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        query = query?.Trim() ?? "";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var leads = db.Leads.AsNoTracking();
        if (listId is { } list)
        {
            leads = leads.Where(l => l.ListId == list);
        }

        if (query.Length > 0 && query.All(char.IsAsciiDigit))
        {
            var id = query.Length <= 18 ? long.Parse(query, CultureInfo.InvariantCulture) : -1;
            leads = leads.Where(l => l.LeadId == id || l.Details.PhoneNumber.Contains(query) || l.Details.AltPhone!.Contains(query)
                || l.Details.VendorLeadCode == query);

            // The lead with that id first: among thousands of phone matches it would otherwise fall past the cap.
            return await leads.OrderBy(l => l.LeadId == id ? 0 : 1).ThenBy(l => l.LeadId).Take(MaxResults).ToListAsync(cancellationToken);
        }
        else if (query.Length > 0)
        {
            foreach (var part in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
                var pattern = $"%{part.ToLowerInvariant()}%";
                leads = leads.Where(l => EF.Functions.Like(l.Details.FirstName!.ToLower(), pattern) || EF.Functions.Like(l.Details.LastName!.ToLower(), pattern)
                    || l.Details.VendorLeadCode == part);
            }
        }

        return await leads.OrderBy(l => l.LeadId).Take(MaxResults).ToListAsync(cancellationToken);
    }

    public async Task<Lead?> GetAsync(ClaimsPrincipal caller, long leadId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Leads.AsNoTracking().SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long leadId, LeadDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        await gate.RequireAdminAsync(caller, cancellationToken);
        var problems = LeadRules.Validate(details);
        if (problems.Count > 0)
        {
            return AdminResult.From(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Leads.SingleOrDefaultAsync(l => l.LeadId == leadId, cancellationToken) is not { } lead)
        {
            return AdminResult.Invalid($"There is no lead {leadId}.");
        }

        lead.Update(details, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }
}
