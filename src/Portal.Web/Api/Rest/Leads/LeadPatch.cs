namespace Portal.Web.Api.Rest.Leads;

using System.ComponentModel;
using System.Globalization;

/// <summary>
/// Lead fields to change: a field left out stays as it is, an empty string clears it. The limits are the agent screen's
/// and update_fields' (e.g. phone numbers of digits, a real e-mail address, state of 2 letters).
/// </summary>
public sealed record LeadPatch(
    string? PhoneCode = null,
    string? PhoneNumber = null,
    string? VendorLeadCode = null,
    string? SourceId = null,
    string? Title = null,
    string? FirstName = null,
    string? MiddleInitial = null,
    string? LastName = null,
    string? Address1 = null,
    string? Address2 = null,
    string? Address3 = null,
    string? City = null,
    string? State = null,
    string? Province = null,
    string? PostalCode = null,
    string? CountryCode = null,
    [property: Description("M, F or U.")] string? Gender = null,
    [property: Description("YYYY-MM-DD; an empty string clears it.")] string? DateOfBirth = null,
    string? AltPhone = null,
    string? Email = null,
    string? SecurityPhrase = null,
    string? Comments = null,
    [property: Description("0 to 99999.")] int? Rank = null,
    string? Owner = null)
{
    /// <summary>The fields sent, by VICIdial name (as update_fields names them), with their values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToVicidialFields()
    {
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                fields.Add(KeyValuePair.Create(name, value));
            }
        }

        Add("phone_code", PhoneCode);
        Add("phone_number", PhoneNumber);
        Add("vendor_lead_code", VendorLeadCode);
        Add("source_id", SourceId);
        Add("title", Title);
        Add("first_name", FirstName);
        Add("middle_initial", MiddleInitial);
        Add("last_name", LastName);
        Add("address1", Address1);
        Add("address2", Address2);
        Add("address3", Address3);
        Add("city", City);
        Add("state", State);
        Add("province", Province);
        Add("postal_code", PostalCode);
        Add("country_code", CountryCode);
        Add("gender", Gender);
        Add("date_of_birth", DateOfBirth);
        Add("alt_phone", AltPhone);
        Add("email", Email);
        Add("security_phrase", SecurityPhrase);
        Add("comments", Comments);
        Add("rank", Rank?.ToString(CultureInfo.InvariantCulture));
        Add("owner", Owner);
        return fields;
    }

    /// <summary>The JSON name of a field as VICIdial names it (first_name → firstName).</summary>
    public static string JsonName(string vicidialName)
    {
        ArgumentNullException.ThrowIfNull(vicidialName);
        var parts = vicidialName.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
