namespace Portal.Infrastructure.Audit;

/// <summary>One audited API call: VICIdial's vicidial_api_log columns plus the caller's address. Never a password.</summary>
public sealed class ApiLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset ApiDate { get; set; }
    public string User { get; set; } = "";
    public string AgentUser { get; set; } = "";
    public string Function { get; set; } = "";
    public string Value { get; set; } = "";
    public string Result { get; set; } = "";
    public string ResultReason { get; set; } = "";
    public string Source { get; set; } = "";
    public string Data { get; set; } = "";

    /// <summary>Which API surface: <c>agent</c> for /agc/api.php.</summary>
    public string ApiScript { get; set; } = "";

    public double RunTimeSeconds { get; set; }
    public string? RemoteIp { get; set; }

    /// <summary>The request path and query with the password redacted.</summary>
    public string Url { get; set; } = "";
}
