namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Sessions;

internal sealed class AgentLogConfiguration : IEntityTypeConfiguration<AgentLogEntry>
{
    public void Configure(EntityTypeBuilder<AgentLogEntry> builder)
    {
        builder.ToTable("AgentLog");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.AgentUser, e.StartedAt });
        builder.HasIndex(e => e.StartedAt);
    }
}
