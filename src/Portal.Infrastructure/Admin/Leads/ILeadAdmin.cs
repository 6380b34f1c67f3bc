namespace Portal.Infrastructure.Admin.Leads;

using System.Security.Claims;
using Portal.Domain.Leads;

/// <summary>Finding and editing leads; every call checks that the caller is an admin.</summary>
public interface ILeadAdmin
{
    /// <summary>By lead id, phone number (digits), vendor lead code or name, optionally in one list; at most <see cref="LeadAdmin.MaxResults"/>.</summary>
    Task<IReadOnlyList<Lead>> SearchAsync(ClaimsPrincipal caller, string query, long? listId, CancellationToken cancellationToken = default);

    Task<Lead?> GetAsync(ClaimsPrincipal caller, long leadId, CancellationToken cancellationToken = default);

    /// <summary>Saves the details when <see cref="LeadRules"/> accepts them; problems are keyed by <see cref="LeadDetails"/> property.</summary>
    Task<AdminResult> UpdateAsync(ClaimsPrincipal caller, long leadId, LeadDetails details, CancellationToken cancellationToken = default);
}
