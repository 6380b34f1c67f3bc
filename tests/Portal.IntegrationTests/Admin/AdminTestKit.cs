namespace Portal.IntegrationTests.Admin;

/// <summary>Waits the admin tests share.</summary>
internal static class AdminTestKit
{
    public static Task WaitForSessionGoneAsync(this PortalFactory factory, string agentUser) =>
        Eventually.UntilAsync(() => Task.FromResult(factory.Session(agentUser)), s => s is null, $"{agentUser}'s session to end");
}
