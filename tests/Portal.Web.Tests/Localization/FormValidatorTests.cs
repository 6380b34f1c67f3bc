namespace Portal.Web.Tests.Localization;

/// <summary>Every form validates with LocalizedDataAnnotationsValidator, so its messages follow the user's language.</summary>
public sealed class FormValidatorTests
{
    private static readonly string Components = Path.Combine(RepositoryFiles.Web, "Components");

    public static TheoryData<string> Forms() =>
    [
        .. Directory.EnumerateFiles(Components, "*.razor", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Components, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_form_words_its_validation_messages_in_the_users_language(string razor)
    {
        var source = File.ReadAllText(Path.Combine(Components, razor));

        Assert.DoesNotContain("<DataAnnotationsValidator", source, StringComparison.Ordinal);
        if (source.Contains("OnValidSubmit=", StringComparison.Ordinal))
        {
            Assert.Contains("<LocalizedDataAnnotationsValidator", source, StringComparison.Ordinal);
        }
    }
}
