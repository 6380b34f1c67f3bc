namespace Portal.IntegrationTests.Rest;

using Portal.Infrastructure.Audit;

/// <summary>Waits for the REST API's audit rows (ApiScript rest), written in the background.</summary>
internal static class RestAuditRows
{
    public static async Task<ApiLogEntry> WaitForRestRowAsync(this PortalFactory factory, Func<ApiLogEntry, bool> matches, string waitingFor)
    {
        var rows = await Eventually.UntilAsync(
            factory.AllAsync, all => all.Any(r => r.ApiScript == "rest" && matches(r)), $"a REST audit row: {waitingFor}");
        return rows.Last(r => r.ApiScript == "rest" && matches(r));
    }
}
