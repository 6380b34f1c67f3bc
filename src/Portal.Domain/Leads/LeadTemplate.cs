namespace Portal.Domain.Leads;

using System.Text;

/// <summary>
/// VICIdial's lead variables in scripts and web-form URLs: <c>--A--first_name--B--</c> is replaced by the lead's
/// first name. Unknown variables become empty, as in VICIdial.
/// </summary>
public static class LeadTemplate
{
    private const string Open = "--A--";
    private const string Close = "--B--";

    public static string Render(string? template, IReadOnlyDictionary<string, string?> variables, Func<string, string>? encode = null) =>
        Render(template, variables, encode, tidy: false);

    /// <summary>
    /// For people to read (a script): an empty variable takes the space before it along when punctuation or a space
    /// follows, so "Hello --A--first_name--B--, this is" reads "Hello, this is", never "Hello , this is".
    /// </summary>
    public static string RenderForReading(string? template, IReadOnlyDictionary<string, string?> variables) =>
        Render(template, variables, encode: null, tidy: true);

    private static string Render(string? template, IReadOnlyDictionary<string, string?> variables, Func<string, string>? encode, bool tidy)
    {
        if (string.IsNullOrEmpty(template))
        {
            return "";
        }

        var result = new StringBuilder(template.Length);
        var position = 0;
        while (position < template.Length)
        {
            var start = template.IndexOf(Open, position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : template.IndexOf(Close, start + Open.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                result.Append(template, position, template.Length - position);
                break;
            }

            result.Append(template, position, start - position);
            var name = template[(start + Open.Length)..end];
            var value = variables.TryGetValue(name, out var v) ? v ?? "" : "";
            position = end + Close.Length;
            if (tidy && string.IsNullOrWhiteSpace(value) && result.Length > 0 && result[^1] == ' '
                && (position >= template.Length || template[position] is ' ' or ',' or '.' or ';' or ':' or '!' or '?'))
            {
                result.Length--;
            }

            result.Append(encode is null ? value : encode(value));
        }

        return result.ToString();
    }

    /// <summary>The variables of a lead, by VICIdial field name, plus the agent's.</summary>
    public static IReadOnlyDictionary<string, string?> Variables(Lead lead, string agentUser, string agentName, string campaignId)
    {
        var d = lead.Details;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["lead_id"] = lead.LeadId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["list_id"] = lead.ListId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = lead.Status,
            ["called_count"] = lead.CalledCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["vendor_lead_code"] = d.VendorLeadCode, ["source_id"] = d.SourceId, ["phone_code"] = d.PhoneCode,
            ["phone_number"] = d.PhoneNumber, ["title"] = d.Title, ["first_name"] = d.FirstName,
            ["middle_initial"] = d.MiddleInitial, ["last_name"] = d.LastName, ["address1"] = d.Address1,
            ["address2"] = d.Address2, ["address3"] = d.Address3, ["city"] = d.City, ["state"] = d.State,
            ["province"] = d.Province, ["postal_code"] = d.PostalCode, ["country_code"] = d.CountryCode,
            ["gender"] = d.Gender, ["date_of_birth"] = d.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["alt_phone"] = d.AltPhone, ["email"] = d.Email, ["security_phrase"] = d.SecurityPhrase, ["comments"] = d.Comments,
            ["rank"] = d.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), ["owner"] = d.Owner,
            ["user"] = agentUser, ["fullname"] = agentName, ["campaign"] = campaignId,
        };
    }
}
