namespace Portal.Web.Tests.Localization;

using System.Text.RegularExpressions;
using System.Xml.Linq;

/// <summary>
/// Every string a screen asks its localizer for exists in English and in Spanish, and
/// the two languages have the same keys with no empty text.
/// </summary>
public sealed partial class ScreenResourcesTests
{
    private static readonly string Web = RepositoryFiles.Web;

    public static TheoryData<string> Screens()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Account", "Agent", "Layout", "Pages", "Shared", "Supervisor", "Reports", "Admin" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Web, "Components", folder), "*.razor", SearchOption.AllDirectories))
            {
                if (File.ReadAllText(file).Contains("@inject IStringLocalizer<", StringComparison.Ordinal))
                {
                    data.Add(Path.GetRelativePath(Web, file));
                }
            }
        }

        return data;
    }

    /// <summary>Components that show no words of their own (a time, a label given by the parent, a redirect).</summary>
    private static readonly string[] Wordless =
    [
        "_Imports.razor", "App.razor", "Routes.razor", "Pages/Home.razor", "Shared/RedirectToLogin.razor",
        "Shared/ElapsedTime.razor", "Supervisor/Elapsed.razor", "Agent/LeadField.razor",
    ];

    [Fact]
    public void Every_component_with_words_takes_them_from_its_localizer()
    {
        var components = Path.Combine(Web, "Components");
        var english = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(components, f).Replace('\\', '/'))
            .Where(f => !Wordless.Contains(f) && !Wordless.Contains(Path.GetFileName(f)))
            .Where(f => !File.ReadAllText(Path.Combine(components, f)).Contains("IStringLocalizer<", StringComparison.Ordinal));

        Assert.Empty(english);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void Every_key_a_screen_uses_is_in_English_and_Spanish(string screen)
    {
        var source = File.ReadAllText(Path.Combine(Web, screen));
        var english = Keys(screen, "");
        var spanish = Keys(screen, ".es");

        var used = UsedKey().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, k => !english.ContainsKey(k));
        Assert.DoesNotContain(used, k => !spanish.ContainsKey(k));
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void English_and_Spanish_have_the_same_keys_and_no_empty_text(string screen)
    {
        var english = Keys(screen, "");
        var spanish = Keys(screen, ".es");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(english.Concat(spanish), e => string.IsNullOrWhiteSpace(e.Value));
    }

    /// <summary>The resource file of a component: Resources/ plus the component's folders, as the localizer looks it up.</summary>
    private static Dictionary<string, string> Keys(string screen, string culture)
    {
        var path = Path.Combine(Web, "Resources", Path.ChangeExtension(screen, null) + culture + ".resx");
        Assert.True(File.Exists(path), $"{path} is missing");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    [GeneratedRegex("""\bL\["([^"]+)"\s*[,\]]""")]
    private static partial Regex UsedKey();
}
