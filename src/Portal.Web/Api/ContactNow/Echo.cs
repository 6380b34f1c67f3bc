namespace Portal.Web.Api.ContactNow;

/// <summary>Caller input quoted back in an error: short, and only printable characters.</summary>
internal static class Echo
{
    private const int MaxLength = 40;

    public static string Of(string value)
    {
        var cut = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
        return string.Create(cut.Length, cut, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) || char.IsSurrogate(text[i]) ? '?' : text[i];
            }
        });
    }
}
