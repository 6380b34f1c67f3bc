namespace Portal.Web;

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

/// <summary>
/// Words a message of the services (which speak English, as the APIs must) in the screen user's language: the exact
/// text when Resources/ServerMessages has it, else the first key whose <c>{0}</c>, <c>{1}</c> … stand for the values in
/// the message ("There is no campaign {0}." → "No existe la campaña {0}."), else the message as it came.
/// </summary>
public sealed partial class ServerText(IStringLocalizer<ServerMessages> localizer)
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Template>> TemplatesByCulture = new(StringComparer.Ordinal);

    public string Say(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var exact = localizer[message];
        if (!exact.ResourceNotFound)
        {
            return exact.Value;
        }

        foreach (var template in Templates())
        {
            if (template.Pattern.Match(message) is { Success: true } match)
            {
                var values = Enumerable.Range(0, template.Placeholders).Select(i => (object)match.Groups["p" + i].Value).ToArray();
                return string.Format(CultureInfo.CurrentCulture, template.Text, values);
            }
        }

        return message;
    }

    /// <summary>An admin service's problems, worded and joined into one line (for a snackbar).</summary>
    public string Say(Portal.Infrastructure.Admin.AdminResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Problems.Values.Select(Say));
    }

    /// <summary>The same for a message that may be missing (a result without an error).</summary>
    public string? SayOrNull(string? message) => message is null ? null : Say(message);

    private IReadOnlyList<Template> Templates() =>
        TemplatesByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
        [
            .. localizer.GetAllStrings(includeParentCultures: true)
                .Where(s => s.Name.Contains("{0}", StringComparison.Ordinal))
                .Select(s => Template.Of(s.Name, s.Value))
                .OrderByDescending(t => t.Literal), // the most specific key first
        ]);

    private sealed record Template(Regex Pattern, int Placeholders, int Literal, string Text)
    {
        public static Template Of(string key, string text)
        {
            var placeholders = Placeholder().Matches(key).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Count();
            var pattern = Placeholder().Replace(Regex.Escape(key).Replace(@"\{", "{", StringComparison.Ordinal), m => $"(?<p{m.Groups[1].Value}>.+?)");
            return new Template(
                new Regex($"^{pattern}$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(50)),
                placeholders,
                Placeholder().Replace(key, "").Length,
                text);
        }
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Placeholder();
}
