namespace Portal.Infrastructure.Data;

using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Users;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Webhooks;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys that protect sign-in cookies and antiforgery tokens, beside the data they go with: every node of a
    /// cluster reads the same ones (a cookie one node issued works on the others), and copy-database moves them.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<InGroup> InGroups => Set<InGroup>();
    public DbSet<Status> Statuses => Set<Status>();
    public DbSet<PauseCode> PauseCodes => Set<PauseCode>();
    public DbSet<LeadList> LeadLists => Set<LeadList>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Callback> Callbacks => Set<Callback>();
    public DbSet<UserGroup> UserGroups => Set<UserGroup>();
    public DbSet<LiveSessionRow> LiveSessions => Set<LiveSessionRow>();
    public DbSet<AgentLogEntry> AgentLog => Set<AgentLogEntry>();
    public DbSet<ApiLogEntry> ApiLog => Set<ApiLogEntry>();
    public DbSet<CallLogEntry> CallLog => Set<CallLogEntry>();
    public DbSet<DncNumber> DncNumbers => Set<DncNumber>();
    public DbSet<RecordingEntry> Recordings => Set<RecordingEntry>();
    public DbSet<QueuedNotification> AgentNotifications => Set<QueuedNotification>();
    public DbSet<LeadMessage> LeadMessages => Set<LeadMessage>();
    public DbSet<ContactNowToken> ContactNowTokens => Set<ContactNowToken>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; store UTC Unix milliseconds instead.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UnixMillisecondsConverter>();
        }
        else
        {
            // PostgreSQL stores times as timestamptz (UTC), ordered and filtered natively.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
            configurationBuilder.Properties<string>().HaveConversion<NulFreeTextConverter>();
        }
    }
}
