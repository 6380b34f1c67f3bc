namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Webhooks;

internal sealed class ContactNowTokenConfiguration : IEntityTypeConfiguration<ContactNowToken>
{
    public void Configure(EntityTypeBuilder<ContactNowToken> builder)
    {
        builder.ToTable("ContactNowTokens");
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.ExpiresAt);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.UserName).HasMaxLength(256);
        builder.Property(t => t.AllowedAddresses).HasMaxLength(500);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.UserName).HasMaxLength(256);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.EventTypes).HasMaxLength(1000);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.Property(d => d.State).HasMaxLength(10);
        builder.Property(d => d.EventType).HasMaxLength(50);
    }
}
