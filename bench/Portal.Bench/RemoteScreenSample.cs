namespace Portal.Bench;

using Microsoft.Playwright;

/// <summary>
/// One API-to-screen sample with the call sent to another node than the page's: the page arms a MutationObserver, the
/// bench sends the call, and the page reports when its agent state showed the change (and the next frame). Both ends
/// read the same wall clock (Date.now() in the page, the system clock here, one machine), to the millisecond.
/// </summary>
internal static class RemoteScreenSample
{
    private const string ArmScript = """
        ([expected, timeoutMs]) => {
          const shows = () => {
            const el = document.querySelector('[role="status"][aria-label="Agent state"]');
            return el !== null && el.textContent.trim() === expected;
          };
          window.__benchShown = new Promise((resolve, reject) => {
            const observer = new MutationObserver(() => {
              if (shows()) {
                const shown = Date.now();
                observer.disconnect();
                requestAnimationFrame(() => resolve([shown, Date.now()]));
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => { observer.disconnect(); reject(new Error(`the agent state did not show ${expected} ${timeoutMs} ms after the call`)); }, timeoutMs);
          });
          window.__benchShown.catch(() => {});
        }
        """;

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>[shown, replied, painted] in milliseconds from the send.</summary>
    public static async Task<double[]> TakeAsync(IPage page, Uri call, string expected, int timeoutMilliseconds)
    {
        await page.EvaluateAsync(ArmScript, new object[] { expected, timeoutMilliseconds });
        var sent = Now();
        var body = await Client.GetStringAsync(call);
        var replied = Now() - sent;
        if (!body.StartsWith("SUCCESS", StringComparison.Ordinal))
        {
            throw new BenchException($"the API answered: {body.Trim()}");
        }

        var times = await page.EvaluateAsync<double[]>("() => window.__benchShown");
        return [times[0] - sent, replied, times[1] - sent];
    }

    private static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}
