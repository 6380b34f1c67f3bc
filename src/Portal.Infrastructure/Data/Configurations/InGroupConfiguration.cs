namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Campaigns;

internal sealed class InGroupConfiguration : IEntityTypeConfiguration<InGroup>
{
    public void Configure(EntityTypeBuilder<InGroup> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(20);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.Color).HasMaxLength(20);
    }
}
