namespace Portal.Infrastructure.Calls;

/// <summary>What a dialable number looks like.</summary>
public static class PhoneNumbers
{
    public static string? ValidateNumber(string? number) =>
        string.IsNullOrWhiteSpace(number) || number.Length is < 3 or > 18 || !number.All(char.IsAsciiDigit)
            ? "Enter a phone number of 3 to 18 digits."
            : null;

    public static string? ValidatePhoneCode(string? phoneCode) =>
        string.IsNullOrWhiteSpace(phoneCode) || phoneCode.Length > 4 || !phoneCode.All(char.IsAsciiDigit)
            ? "Enter a phone code of 1 to 4 digits (1 for USA/Canada, 44 for the UK)."
            : null;

    public static bool IsDtmf(string? digits) =>
        !string.IsNullOrEmpty(digits) && digits.Length <= 32 && digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#');
}
