namespace Portal.Web.Api.Rest.Leads;

using System.Globalization;
using Portal.Domain.Leads;

/// <summary>A lead (VICIdial's vicidial_list row) with every customer field.</summary>
public sealed record LeadDto(
    long LeadId,
    long ListId,
    string? CampaignId,
    string Status,
    string? User,
    int CalledCount,
    DateTimeOffset EntryDate,
    DateTimeOffset ModifyDate,
    DateTimeOffset? LastLocalCallTime,
    string? VendorLeadCode,
    string? SourceId,
    string PhoneCode,
    string PhoneNumber,
    string? Title,
    string? FirstName,
    string? MiddleInitial,
    string? LastName,
    string? Address1,
    string? Address2,
    string? Address3,
    string? City,
    string? State,
    string? Province,
    string? PostalCode,
    string? CountryCode,
    string? Gender,
    string? DateOfBirth,
    string? AltPhone,
    string? Email,
    string? SecurityPhrase,
    string? Comments,
    int Rank,
    string? Owner)
{
    public static LeadDto From(Lead lead, string? campaignId)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var d = lead.Details;
        return new(
            lead.LeadId, lead.ListId, campaignId, lead.Status, lead.User, lead.CalledCount, lead.EntryDate, lead.ModifyDate, lead.LastLocalCallTime,
            d.VendorLeadCode, d.SourceId, d.PhoneCode, d.PhoneNumber, d.Title, d.FirstName, d.MiddleInitial, d.LastName, d.Address1, d.Address2,
            d.Address3, d.City, d.State, d.Province, d.PostalCode, d.CountryCode, d.Gender,
            d.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.AltPhone, d.Email, d.SecurityPhrase, d.Comments, d.Rank, d.Owner);
    }
}
