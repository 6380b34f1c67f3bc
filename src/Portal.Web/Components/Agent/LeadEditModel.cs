namespace Portal.Web.Components.Agent;

using System.ComponentModel.DataAnnotations;
using Portal.Domain.Leads;

/// <summary>The lead panel's form: every VICIdial lead field, with the same limits the server enforces.</summary>
public sealed class LeadEditModel
{
    [StringLength(4, ErrorMessage = "Use at most 4 characters.")] public string? Title { get; set; }
    [StringLength(30, ErrorMessage = "Use at most 30 characters.")] public string? FirstName { get; set; }
    [StringLength(1, ErrorMessage = "Use at most 1 character.")] public string? MiddleInitial { get; set; }
    [StringLength(30, ErrorMessage = "Use at most 30 characters.")] public string? LastName { get; set; }
    [Required(ErrorMessage = "The phone code is required."), RegularExpression(@"^\d{1,4}$", ErrorMessage = "The phone code has 1 to 4 digits.")] public string PhoneCode { get; set; } = "1";
    [Required(ErrorMessage = "The phone number is required."), RegularExpression(@"^\d{3,18}$", ErrorMessage = "The phone number has 3 to 18 digits.")] public string PhoneNumber { get; set; } = "";
    [RegularExpression(@"^\d{3,12}$", ErrorMessage = "The alternate phone has 3 to 12 digits.")] public string? AltPhone { get; set; }
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")] public string? Address1 { get; set; }
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")] public string? Address2 { get; set; }
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")] public string? Address3 { get; set; }
    [StringLength(50, ErrorMessage = "Use at most 50 characters.")] public string? City { get; set; }
    [StringLength(2, ErrorMessage = "The state is a 2-letter code.")] public string? State { get; set; }
    [StringLength(50, ErrorMessage = "Use at most 50 characters.")] public string? Province { get; set; }
    [StringLength(10, ErrorMessage = "Use at most 10 characters.")] public string? PostalCode { get; set; }
    [StringLength(3, ErrorMessage = "Use at most 3 characters.")] public string? CountryCode { get; set; }
    [RegularExpression("^[MFU]$", ErrorMessage = "Gender is M, F or U.")] public string? Gender { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(70, ErrorMessage = "Use at most 70 characters.")] public string? Email { get; set; }
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")] public string? SecurityPhrase { get; set; }
    [StringLength(20, ErrorMessage = "Use at most 20 characters.")] public string? VendorLeadCode { get; set; }
    [StringLength(50, ErrorMessage = "Use at most 50 characters.")] public string? SourceId { get; set; }
    [StringLength(20, ErrorMessage = "Use at most 20 characters.")] public string? Owner { get; set; }
    [Range(-99999, 99999, ErrorMessage = "The rank is a whole number from -99999 to 99999.")] public int Rank { get; set; }
    [StringLength(255, ErrorMessage = "Use at most 255 characters.")] public string? Comments { get; set; }

    public static LeadEditModel From(LeadDetails d) => new()
    {
        Title = d.Title, FirstName = d.FirstName, MiddleInitial = d.MiddleInitial, LastName = d.LastName, PhoneCode = d.PhoneCode,
        PhoneNumber = d.PhoneNumber, AltPhone = d.AltPhone, Address1 = d.Address1, Address2 = d.Address2, Address3 = d.Address3,
        City = d.City, State = d.State, Province = d.Province, PostalCode = d.PostalCode, CountryCode = d.CountryCode,
        Gender = d.Gender, DateOfBirth = d.DateOfBirth, Email = d.Email, SecurityPhrase = d.SecurityPhrase,
        VendorLeadCode = d.VendorLeadCode, SourceId = d.SourceId, Owner = d.Owner, Rank = d.Rank, Comments = d.Comments,
    };

    public LeadDetails ToDetails() => new()
    {
        Title = Blank(Title), FirstName = Blank(FirstName), MiddleInitial = Blank(MiddleInitial), LastName = Blank(LastName),
        PhoneCode = PhoneCode.Trim(), PhoneNumber = PhoneNumber.Trim(), AltPhone = Blank(AltPhone), Address1 = Blank(Address1),
        Address2 = Blank(Address2), Address3 = Blank(Address3), City = Blank(City), State = Blank(State)?.ToUpperInvariant(),
        Province = Blank(Province), PostalCode = Blank(PostalCode), CountryCode = Blank(CountryCode), Gender = Blank(Gender),
        DateOfBirth = DateOfBirth, Email = Blank(Email), SecurityPhrase = Blank(SecurityPhrase), VendorLeadCode = Blank(VendorLeadCode),
        SourceId = Blank(SourceId), Owner = Blank(Owner), Rank = Rank, Comments = Blank(Comments),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
