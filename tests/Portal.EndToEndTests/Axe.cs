namespace Portal.EndToEndTests;

using System.Text.Json;
using Microsoft.Playwright;

/// <summary>
/// axe-core (npm, installed with the event client's packages by test.sh) run on the page as it is now: a test fails on
/// any critical or serious accessibility violation, listing each rule with the elements that break it.
/// </summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(EventClient.ClientFolder(), "node_modules", "axe-core", "axe.min.js");

    public static async Task AssertNoSeriousViolationsAsync(this IPage page, string where)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"axe-core is missing at {Script}: run ./test.sh (or npm ci in tests/Portal.EndToEndTests/event-client).");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Evaluated through the DevTools protocol, not as a <script> tag: Portal's Content-Security-Policy rightly
            // refuses inline scripts without its nonce, and the test must not weaken it.
            await page.EvaluateAsync(await File.ReadAllTextAsync(Script));
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'critical' || v.impact === 'serious')
                .map(v => `${v.impact} ${v.id}: ${v.help} -> ` + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\s+/g, ' ') + ')').join(' | '))
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe-core found {found.Count} critical/serious violation(s) on {where}:\n" + string.Join("\n", found));
    }
}
