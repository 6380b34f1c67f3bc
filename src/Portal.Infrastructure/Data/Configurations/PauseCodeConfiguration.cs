namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Campaigns;

internal sealed class PauseCodeConfiguration : IEntityTypeConfiguration<PauseCode>
{
    public void Configure(EntityTypeBuilder<PauseCode> builder)
    {
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.HasIndex(p => new { p.Code, p.CampaignId }).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(6);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.CampaignId).HasMaxLength(Campaign.MaxIdLength);
    }
}
