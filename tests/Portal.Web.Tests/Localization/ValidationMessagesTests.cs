namespace Portal.Web.Tests.Localization;

using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Xml.Linq;

/// <summary>
/// Every validation message a form can show has an English and a Spanish text in ValidationMessages.resx, keyed by
/// the ErrorMessage of its attribute: a new message without a translation fails here, not in front of a Spanish user.
/// </summary>
public sealed class ValidationMessagesTests
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> ErrorMessages() => [.. AttributeMessages().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ErrorMessages))]
    public void Every_error_message_has_an_English_and_a_Spanish_text(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(Texts("").GetValueOrDefault(message)), $"ValidationMessages.resx has no \"{message}\"");
        Assert.False(string.IsNullOrWhiteSpace(Texts(".es").GetValueOrDefault(message)), $"ValidationMessages.es.resx has no \"{message}\"");
    }

    [Theory]
    [MemberData(nameof(ErrorMessages))]
    public void Every_error_message_is_a_plain_sentence_the_validator_can_look_up(string message) =>
        // The message shown is the attribute's text formatted with its arguments; only a text without {0} stays the key.
        Assert.DoesNotContain('{', message);

    [Fact]
    public void English_and_Spanish_have_the_same_keys_and_English_is_the_key_itself()
    {
        var english = Texts("");
        var spanish = Texts(".es");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e => Assert.Equal(e.Key, e.Value));
        Assert.DoesNotContain(spanish, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Every_validation_attribute_of_a_form_has_its_own_message()
    {
        // Without one, the framework's English default ("The field FirstName must be a string with…") reaches the screen.
        var bare =
            from type in typeof(ValidationMessages).Assembly.GetTypes()
            where type.Namespace?.StartsWith("Portal.Web.Components", StringComparison.Ordinal) == true
            from member in type.GetMembers(Members).Prepend(type)
            from attribute in member.GetCustomAttributes<ValidationAttribute>(inherit: false)
            where attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null
            where attribute.GetType() != typeof(DataTypeAttribute) // [DataType(Password)] only hints the input; it never fails
            select $"{type.Name}.{member.Name}: {attribute.GetType().Name}";

        Assert.Empty(bare);
    }

    [Fact]
    public void The_forms_have_error_messages_to_check() => Assert.True(AttributeMessages().Count() > 50);

    private static IEnumerable<string> AttributeMessages() =>
        from type in typeof(ValidationMessages).Assembly.GetTypes()
        from member in type.GetMembers(Members).Prepend(type)
        from attribute in member.GetCustomAttributes<ValidationAttribute>(inherit: false)
        where attribute.ErrorMessage is not null
        select attribute.ErrorMessage;

    private static Dictionary<string, string> Texts(string culture) =>
        XDocument.Load(Path.Combine(RepositoryFiles.Web, "Resources", $"ValidationMessages{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
