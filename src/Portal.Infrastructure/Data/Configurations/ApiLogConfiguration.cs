namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Infrastructure.Audit;

internal sealed class ApiLogConfiguration : IEntityTypeConfiguration<ApiLogEntry>
{
    public void Configure(EntityTypeBuilder<ApiLogEntry> builder)
    {
        builder.ToTable("ApiLog");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.ApiDate);
        builder.HasIndex(e => new { e.User, e.ApiDate });
        builder.HasIndex(e => new { e.AgentUser, e.ApiDate });
        builder.Property(e => e.Source).HasMaxLength(20);
    }
}
