namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Calls;

internal sealed class CallLogConfiguration : IEntityTypeConfiguration<CallLogEntry>
{
    public void Configure(EntityTypeBuilder<CallLogEntry> builder)
    {
        builder.ToTable("CallLog");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.AgentUser, c.StartedAt });
        builder.HasIndex(c => c.CallId);
        builder.HasIndex(c => c.LeadId);
    }
}

internal sealed class DncNumberConfiguration : IEntityTypeConfiguration<DncNumber>
{
    public void Configure(EntityTypeBuilder<DncNumber> builder)
    {
        builder.ToTable("DncNumbers");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.PhoneNumber, d.CampaignId }).IsUnique();
    }
}

internal sealed class RecordingConfiguration : IEntityTypeConfiguration<RecordingEntry>
{
    public void Configure(EntityTypeBuilder<RecordingEntry> builder)
    {
        builder.ToTable("Recordings");
        builder.HasKey(r => r.RecordingId);
        builder.HasIndex(r => r.CallId);
    }
}

internal sealed class QueuedNotificationConfiguration : IEntityTypeConfiguration<QueuedNotification>
{
    public void Configure(EntityTypeBuilder<QueuedNotification> builder)
    {
        builder.ToTable("AgentNotifications");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.Status, n.DueAt });
    }
}

internal sealed class LeadMessageConfiguration : IEntityTypeConfiguration<LeadMessage>
{
    public void Configure(EntityTypeBuilder<LeadMessage> builder)
    {
        builder.ToTable("LeadMessages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.LeadId, m.At });
    }
}
