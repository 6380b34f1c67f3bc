namespace Portal.Bench;

/// <summary>Accounts and names that Portal's demo seed creates (README: demo logins), and the bench's own agent ids.</summary>
internal static class DemoAccounts
{
    public const string ApiUser = "api";
    public const string ApiPassword = "Api-demo-1";
    public const string ScreenAgent = "1001";
    public const string AgentPassword = "Agent-demo-1";
    public const string Campaign = "TESTCAMP";

    /// <summary>The source parameter of the load calls; the browser's calls use another, so the audit counts can be told apart.</summary>
    public const string LoadSource = "bench";
    public const string ScreenSource = "benchscreen";

    public static string BenchAgent(int index) => $"bench{index + 1:D4}";
}
