namespace Portal.EndToEndTests;

/// <summary>
/// Checks that do not stop a long journey at the first failure: each failure is noted with what was checked, and
/// <see cref="ThrowIfAnyFailed"/> reports them all at the end, so one run shows every broken promise.
/// </summary>
public sealed class SoftChecks
{
    private readonly List<string> _failures = [];

    public async Task CheckAsync(string what, Func<Task> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            await check();
        }
        catch (Exception ex)
        {
            // Playwright's assertions say what was expected and what was found in their first lines.
            _failures.Add($"{what}: {string.Join(" ", ex.Message.Split('\n').Take(2).Select(l => l.Trim()))}");
        }
    }

    public void Check(string what, bool passed, string details = "")
    {
        if (!passed)
        {
            _failures.Add(details.Length == 0 ? what : $"{what}: {details}");
        }
    }

    public void ThrowIfAnyFailed() =>
        Assert.True(_failures.Count == 0, $"{_failures.Count} checks failed:\n" + string.Join('\n', _failures));
}
