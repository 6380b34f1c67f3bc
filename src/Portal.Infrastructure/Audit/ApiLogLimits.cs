namespace Portal.Infrastructure.Audit;

/// <summary>
/// How much of each audit column is kept: VICIdial's vicidial_api_log widths (user, agent_user, function and source 20,
/// value and result_reason 255, result 10), and bounded data and URL, so one huge request cannot store a huge row.
/// </summary>
public static class ApiLogLimits
{
    public const int User = 20;
    public const int AgentUser = 20;
    public const int Function = 20;
    public const int Value = 255;
    public const int Result = 10;
    public const int ResultReason = 255;
    public const int Source = 20;
    public const int ApiScript = 20;
    public const int RemoteIp = 45;
    public const int Data = 4000;
    public const int Url = 2000;

    /// <summary>Cuts every column of <paramref name="entry"/> to its width.</summary>
    public static void Apply(ApiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.User = Cut(entry.User, User)!;
        entry.AgentUser = Cut(entry.AgentUser, AgentUser)!;
        entry.Function = Cut(entry.Function, Function)!;
        entry.Value = Cut(entry.Value, Value)!;
        entry.Result = Cut(entry.Result, Result)!;
        entry.ResultReason = Cut(entry.ResultReason, ResultReason)!;
        entry.Source = Cut(entry.Source, Source)!;
        entry.ApiScript = Cut(entry.ApiScript, ApiScript)!;
        entry.Data = Cut(entry.Data, Data)!;
        entry.Url = Cut(entry.Url, Url)!;
        entry.RemoteIp = Cut(entry.RemoteIp, RemoteIp);
    }

    // A null stays null: the writer's own checks (and their tests) see the row as it was given.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
