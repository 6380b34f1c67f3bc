namespace Portal.Infrastructure;

/// <summary>The <c>Portal:Audit</c> section.</summary>
public sealed class AuditOptions
{
    /// <summary>API audit rows older than this many days are deleted (hourly). 0 keeps them forever.</summary>
    public int RetentionDays { get; set; } = 90;
}
