namespace Portal.Domain.Leads;

using System.Net.Mail;

/// <summary>What a lead's fields may hold (VICIdial's column sizes, and numbers that can be dialled).</summary>
public static class LeadRules
{
    /// <summary>Every problem with the details, by field name; empty when they are fine.</summary>
    public static IReadOnlyDictionary<string, string> Validate(LeadDetails d)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.TryAdd(field, message);
            }
        }

        Check(IsDigits(d.PhoneNumber, 3, 18), nameof(d.PhoneNumber), "The phone number has 3 to 18 digits.");
        Check(IsDigits(d.PhoneCode, 1, 4), nameof(d.PhoneCode), "The phone code has 1 to 4 digits.");
        Check(string.IsNullOrEmpty(d.AltPhone) || IsDigits(d.AltPhone, 3, 12), nameof(d.AltPhone), "The alternate phone has 3 to 12 digits.");
        Check(string.IsNullOrEmpty(d.Email) || (d.Email.Length <= 70 && MailAddress.TryCreate(d.Email, out _)), nameof(d.Email), "Enter a valid e-mail address.");
        Check(string.IsNullOrEmpty(d.State) || d.State.Length <= 2, nameof(d.State), "The state is a 2-letter code.");
        Check(string.IsNullOrEmpty(d.MiddleInitial) || d.MiddleInitial.Length == 1, nameof(d.MiddleInitial), "The middle initial is one letter.");
        Check(string.IsNullOrEmpty(d.Gender) || d.Gender is "M" or "F" or "U", nameof(d.Gender), "Gender is M, F or U.");
        Check(d.DateOfBirth is null || d.DateOfBirth.Value.Year >= 1900, nameof(d.DateOfBirth), "Enter a real date of birth.");
        Check((d.FirstName?.Length ?? 0) <= 30, nameof(d.FirstName), "The first name has at most 30 characters.");
        Check((d.LastName?.Length ?? 0) <= 30, nameof(d.LastName), "The last name has at most 30 characters.");
        Check((d.PostalCode?.Length ?? 0) <= 10, nameof(d.PostalCode), "The postal code has at most 10 characters.");
        Check((d.Comments?.Length ?? 0) <= 255, nameof(d.Comments), "Comments have at most 255 characters.");
        return problems;
    }

    private static bool IsDigits(string? value, int min, int max) =>
        value is not null && value.Length >= min && value.Length <= max && value.All(char.IsAsciiDigit);
}
