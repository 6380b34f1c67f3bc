namespace Portal.Web.Tests.Fakes;

using Portal.Domain.Leads;
using Portal.Infrastructure.Leads;

/// <summary>Answers searches with <see cref="Found"/> and updates with <see cref="Problems"/>, recording both.</summary>
internal sealed class FakeLeadSearch : ILeadSearch
{
    public IReadOnlyList<Lead> Found { get; set; } = [];

    /// <summary>The validation problems an update returns, by field; empty means saved.</summary>
    public Dictionary<string, string> Problems { get; } = [];

    public List<string> Queries { get; } = [];

    public List<(long LeadId, LeadDetails Details)> Updates { get; } = [];

    public Task<IReadOnlyList<Lead>> FindAsync(string query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        return Task.FromResult(Found);
    }

    public Task<IReadOnlyDictionary<string, string>> UpdateAsync(long leadId, LeadDetails details, CancellationToken cancellationToken = default)
    {
        Updates.Add((leadId, details));
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(Problems));
    }
}
