namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Sessions;

internal sealed class LiveSessionConfiguration : IEntityTypeConfiguration<LiveSessionRow>
{
    public void Configure(EntityTypeBuilder<LiveSessionRow> builder)
    {
        builder.ToTable("LiveSessions");
        builder.HasKey(s => s.AgentUser);
        builder.Property(s => s.State).HasMaxLength(10);
    }
}
