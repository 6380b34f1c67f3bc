namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Portal.Domain.Leads;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.Leads;

/// <summary>Leads in memory for the admin's lead pages; records searches and saves, answers saves with <see cref="Result"/>.</summary>
internal sealed class FakeLeadAdmin : ILeadAdmin
{
    public List<Lead> Leads { get; } = [];

    public List<(string Query, long? ListId)> Searches { get; } = [];

    public List<(long LeadId, LeadDetails Details)> Updates { get; } = [];

    public AdminResult Result { get; set; } = AdminResult.Ok;

    public Task<IReadOnlyList<Lead>> SearchAsync(ClaimsPrincipal caller, string query, long? listId, CancellationToken cancellationToken = default)
    {
        Searches.Add((query, listId));
        return Task.FromResult<IReadOnlyList<Lead>>([.. Leads.Where(l => listId is null || l.ListId == listId)]);
    }

    public Task<Lead?> GetAsync(ClaimsPrincipal caller, long leadId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Leads.FirstOrDefault(l => l.LeadId == leadId));

    public Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long leadId, LeadDetails details, CancellationToken cancellationToken = default)
    {
        Updates.Add((leadId, details));
        return Task.FromResult(Result);
    }
}
