namespace Portal.Infrastructure.Leads;

using Portal.Domain.Leads;

/// <summary>Lead search and editing for the agent screen.</summary>
public interface ILeadSearch
{
    Task<IReadOnlyList<Lead>> FindAsync(string query, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, string>> UpdateAsync(long leadId, LeadDetails details, CancellationToken cancellationToken = default);
}
