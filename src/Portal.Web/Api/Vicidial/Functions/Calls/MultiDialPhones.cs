namespace Portal.Web.Api.Vicidial.Functions.Calls;

/// <summary>
/// transfer_conference's multi_dial_phones (VICIdial's "Agent 3-way Press-1 Calls"). Portal has no press-1 dialer: the
/// numbers are checked and counted as VICIdial counts them, and nothing is stored, so the stored-rows count is 0.
/// </summary>
internal static class MultiDialPhones
{
    /// <summary><c>|Multi-phones: {kept} {submitted} 0</c>, or empty when the list is shorter than 5 characters.</summary>
    public static string Suffix(string multiDialPhones)
    {
        if (multiDialPhones.Length < 5)
        {
            return "";
        }

        var submitted = multiDialPhones.Split(',');
        var kept = new List<string>();
        foreach (var phone in submitted)
        {
            // VICIdial drops a number already contained in the kept list (a substring test).
            if (phone.Length is > 4 and < 19 && !string.Join(',', kept).Contains(phone, StringComparison.Ordinal))
            {
                kept.Add(phone);
            }
        }

        return $"|Multi-phones: {kept.Count} {submitted.Length} 0";
    }
}
