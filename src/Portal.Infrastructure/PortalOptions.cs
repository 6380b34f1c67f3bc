namespace Portal.Infrastructure;

/// <summary>The <c>Portal</c> section of the configuration (documented in appsettings.sample.json).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Seed demo campaigns, leads and users into an empty database.</summary>
    public bool SeedDemoData { get; set; }

    public AgentApiOptions AgentApi { get; set; } = new();

    public FirstAdminOptions FirstAdmin { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    public SignInOptions SignIn { get; set; } = new();
}
