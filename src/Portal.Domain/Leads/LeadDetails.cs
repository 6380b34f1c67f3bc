namespace Portal.Domain.Leads;

/// <summary>The editable customer fields of a lead, named as in VICIdial's vicidial_list.</summary>
public sealed record LeadDetails
{
    public string? VendorLeadCode { get; init; }
    public string? SourceId { get; init; }
    public string PhoneCode { get; init; } = "1";
    public string PhoneNumber { get; init; } = "";
    public string? Title { get; init; }
    public string? FirstName { get; init; }
    public string? MiddleInitial { get; init; }
    public string? LastName { get; init; }
    public string? Address1 { get; init; }
    public string? Address2 { get; init; }
    public string? Address3 { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Province { get; init; }
    public string? PostalCode { get; init; }
    public string? CountryCode { get; init; }
    public string? Gender { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? AltPhone { get; init; }
    public string? Email { get; init; }
    public string? SecurityPhrase { get; init; }
    public string? Comments { get; init; }
    public int Rank { get; init; }
    public string? Owner { get; init; }
}
