namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Leads;

internal sealed class LeadListConfiguration : IEntityTypeConfiguration<LeadList>
{
    public void Configure(EntityTypeBuilder<LeadList> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasIndex(l => l.CampaignId);
    }
}
