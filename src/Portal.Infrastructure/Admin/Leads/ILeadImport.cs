namespace Portal.Infrastructure.Admin.Leads;

using System.Security.Claims;

/// <summary>Imports leads from CSV into a list; the caller must be an admin.</summary>
public interface ILeadImport
{
    /// <summary>
    /// Reads a CSV whose header row names vicidial_list fields (phone_number required). Valid rows are imported; each
    /// invalid, duplicate or do-not-call row is reported by line. A file over <see cref="LeadImport.MaxBytes"/> bytes,
    /// without a usable header or with unknown columns is rejected whole.
    /// </summary>
    Task<LeadImportReport> ImportAsync(
        ClaimsPrincipal caller, long listId, Stream csv, DuplicateCheck duplicates, bool skipDoNotCall, CancellationToken cancellationToken = default);
}
