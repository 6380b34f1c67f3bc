namespace Portal.Web.Tests.Localization;

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Admin;

/// <summary>
/// What the services say in English (they speak the APIs' language) reaches a Spanish-speaking user in Spanish: exact
/// texts, texts with values in them, and anything unknown as it came.
/// </summary>
public sealed partial class ServerTextTests : PortalTestContext
{
    private ServerText Server => Services.GetRequiredService<ServerText>();

    [Fact]
    public void A_desk_refusal_is_worded_in_spanish()
    {
        UseSpanish();

        Assert.Equal("Cuelgue primero la línea de transferencia.", Server.Say("Hang up the transfer line first."));
        Assert.Equal("el agente no está en pausa", Server.Say(Refusal.NotPaused.Reason));
    }

    [Fact]
    public void Values_inside_a_message_keep_their_place()
    {
        UseSpanish();

        Assert.Equal("3125550100 está en la lista de no llamar y no se puede marcar.", Server.Say("3125550100 is on the do-not-call list and cannot be dialled."));
        Assert.Equal("La campaña SALES no marca automáticamente: 1004 no puede ser mixto.", Server.Say("Campaign SALES does not auto-dial: 1004 cannot be blended."));
    }

    [Fact]
    public void An_unknown_message_stays_as_the_service_said_it()
    {
        UseSpanish();

        Assert.Equal("Something new went wrong.", Server.Say("Something new went wrong."));
    }

    [Fact]
    public void In_english_every_message_stays_as_it_is()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        Assert.Equal("There is no campaign NOPE.", Server.Say("There is no campaign NOPE."));
    }

    [Fact]
    public void An_admin_result_becomes_one_line_in_the_users_language()
    {
        UseSpanish();

        var result = AdminResult.From(new Dictionary<string, string> { ["Id"] = "There is already a list 101.", ["Name"] = "Enter a password." });

        Assert.Equal("Ya existe una lista 101. Escriba una contraseña.", Server.Say(result));
    }

    /// <summary>Every literal an agent can be refused with (desk results and session refusals) has its Spanish text.</summary>
    [Fact]
    public void Every_desk_and_session_refusal_has_a_spanish_text()
    {
        var keys = XDocument.Load(Path.Combine(RepositoryFiles.Web, "Resources", "ServerMessages.es.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs", SearchOption.AllDirectories);

        var literals = (
            from file in sources
            from Match call in AgentFacingLiteral().Matches(File.ReadAllText(file))
            select (File: Path.GetFileName(file), Key: Key(call.Groups["text"].Value, call.Groups["dollar"].Success))).ToList();

        Assert.True(literals.Count > 20, $"only {literals.Count} refusals found: is the pattern still right?");
        Assert.Empty(literals.Where(l => !keys.Contains(l.Key)).Select(l => $"{l.File}: {l.Key}").Distinct());
    }

    /// <summary>An interpolated literal's holes become {0}, {1}, … as in the resource keys.</summary>
    private static string Key(string text, bool interpolated)
    {
        var n = 0;
        return interpolated ? Hole().Replace(text, _ => "{" + n++ + "}") : text;
    }

    [GeneratedRegex("""(?:DeskResult\.Fail|new Refusal\(RefusalKind\.\w+,)\s*\(?(?<dollar>\$)?"(?<text>[^"]+)"\)""")]
    private static partial Regex AgentFacingLiteral();

    [GeneratedRegex(@"\{[^{}]+\}")]
    private static partial Regex Hole();
}
