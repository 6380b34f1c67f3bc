namespace Portal.Domain.Leads;

/// <summary>
/// Phone numbers as people type or export them ("(312) 555-0101", "312.555.0101"): spaces, dashes, dots and brackets
/// are dropped before the digits are checked. One rule for the lead import and do-not-call entry.
/// </summary>
public static class PhoneNumberText
{
    public static string Clean(string? value) =>
        new([.. (value ?? "").Trim().Where(c => c is not (' ' or '-' or '.' or '(' or ')'))]);
}
