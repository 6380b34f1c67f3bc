namespace Portal.Infrastructure.AgentApi.Leads;

using System.Globalization;
using Portal.Domain.Leads;

/// <summary>
/// VICIdial's lead field names (vicidial_list columns) mapped onto <see cref="LeadDetails"/>, with the limits Portal
/// stores them under. external_add_lead and update_fields write leads through here, so both refuse the same values.
/// </summary>
public static class VicidialLeadFields
{
    /// <summary>VICIdial reads this update_fields field, but Portal keeps no GMT offset per lead.</summary>
    public const string GmtOffsetNow = "gmt_offset_now";

    public const int MaxRank = 99999;

    /// <summary>update_fields' data fields in VICIdial's order (contract §3.15).</summary>
    public static IReadOnlyList<string> UpdateFields { get; } =
    [
        "phone_code", "address1", "address2", "address3", "alt_phone", "city", "comments", "country_code", "date_of_birth",
        "email", "first_name", "gender", GmtOffsetNow, "last_name", "middle_initial", "phone_number", "postal_code", "province",
        "security_phrase", "source_id", "state", "title", "vendor_lead_code", "rank", "owner",
    ];

    /// <summary>The fields external_add_lead stores besides the phone number and phone code (contract §3.13).</summary>
    public static IReadOnlyList<string> AddLeadFields { get; } =
    [
        "vendor_lead_code", "source_id", "title", "first_name", "middle_initial", "last_name", "address1", "address2", "address3",
        "city", "state", "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone", "email",
        "security_phrase", "comments", "rank", "owner",
    ];

    private static readonly Dictionary<string, (int MaxLength, Func<LeadDetails, string?, LeadDetails> Set)> Texts = new(StringComparer.Ordinal)
    {
        ["phone_code"] = (10, (d, v) => d with { PhoneCode = v ?? "" }),
        ["phone_number"] = (18, (d, v) => d with { PhoneNumber = v ?? "" }),
        ["vendor_lead_code"] = (20, (d, v) => d with { VendorLeadCode = v }),
        ["source_id"] = (50, (d, v) => d with { SourceId = v }),
        ["title"] = (4, (d, v) => d with { Title = v }),
        ["first_name"] = (30, (d, v) => d with { FirstName = v }),
        ["middle_initial"] = (1, (d, v) => d with { MiddleInitial = v }),
        ["last_name"] = (30, (d, v) => d with { LastName = v }),
        ["address1"] = (100, (d, v) => d with { Address1 = v }),
        ["address2"] = (100, (d, v) => d with { Address2 = v }),
        ["address3"] = (100, (d, v) => d with { Address3 = v }),
        ["city"] = (50, (d, v) => d with { City = v }),
        ["state"] = (2, (d, v) => d with { State = v }),
        ["province"] = (50, (d, v) => d with { Province = v }),
        ["postal_code"] = (10, (d, v) => d with { PostalCode = v }),
        ["country_code"] = (3, (d, v) => d with { CountryCode = v }),
        ["gender"] = (1, (d, v) => d with { Gender = v }),
        ["alt_phone"] = (12, (d, v) => d with { AltPhone = v }),
        ["email"] = (70, (d, v) => d with { Email = v }),
        ["security_phrase"] = (100, (d, v) => d with { SecurityPhrase = v }),
        ["comments"] = (255, (d, v) => d with { Comments = v }),
        ["owner"] = (20, (d, v) => d with { Owner = v }),
    };

    /// <summary>The names <see cref="LeadRules"/> reports problems under, as VICIdial names them.</summary>
    private static readonly Dictionary<string, string> RuleNames = new(StringComparer.Ordinal)
    {
        [nameof(LeadDetails.PhoneNumber)] = "phone_number", [nameof(LeadDetails.PhoneCode)] = "phone_code",
        [nameof(LeadDetails.AltPhone)] = "alt_phone", [nameof(LeadDetails.Email)] = "email", [nameof(LeadDetails.State)] = "state",
        [nameof(LeadDetails.MiddleInitial)] = "middle_initial", [nameof(LeadDetails.Gender)] = "gender",
        [nameof(LeadDetails.DateOfBirth)] = "date_of_birth", [nameof(LeadDetails.FirstName)] = "first_name",
        [nameof(LeadDetails.LastName)] = "last_name", [nameof(LeadDetails.PostalCode)] = "postal_code",
        [nameof(LeadDetails.Comments)] = "comments",
    };

    /// <summary>Whether Portal keeps this field (every lead field but gmt_offset_now).</summary>
    public static bool IsStored(string field) => Texts.ContainsKey(field) || field is "rank" or "date_of_birth";

    /// <summary>
    /// Writes the fields (VICIdial name → value; an empty value clears the field) onto the details. Fields Portal does not
    /// keep are skipped. The first problem, in the order given, is reported when a value cannot be stored — including
    /// the lead rules (a dialable phone number, a real e-mail address) for the fields written.
    /// </summary>
    public static LeadFieldEdit Apply(LeadDetails details, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var written = new List<string>();
        foreach (var (field, value) in fields)
        {
            if (!IsStored(field))
            {
                continue;
            }

            var (next, problem) = Set(details, field, value);
            if (problem is not null)
            {
                return new LeadFieldEdit(details, new LeadFieldProblem(field, problem));
            }

            details = next;
            written.Add(field);
        }

        var broken = LeadRules.Validate(details)
            .Select(p => (Field: RuleNames.GetValueOrDefault(p.Key, p.Key), Message: p.Value))
            .Where(p => written.Contains(p.Field))
            .OrderBy(p => written.IndexOf(p.Field))
            .Select(p => new LeadFieldProblem(p.Field, p.Message))
            .FirstOrDefault();
        return new LeadFieldEdit(details, broken);
    }

    private static (LeadDetails Details, string? Problem) Set(LeadDetails details, string field, string value)
    {
        switch (field)
        {
            case "rank" when value.Length == 0:
                return (details with { Rank = 0 }, null);
            case "rank":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank <= MaxRank
                    ? (details with { Rank = rank }, null)
                    : (details, $"The rank is a whole number from 0 to {MaxRank}.");
            case "date_of_birth" when value.Length == 0:
                return (details with { DateOfBirth = null }, null);
            case "date_of_birth":
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
                    ? (details with { DateOfBirth = born }, null)
                    : (details, "The date of birth is a date written YYYY-MM-DD.");
        }

        var (maxLength, set) = Texts[field];
        var text = value.Trim();
        return text.Length > maxLength
            ? (details, $"The {field} has at most {maxLength} characters.")
            : (set(details, text.Length == 0 ? null : text), null);
    }
}
