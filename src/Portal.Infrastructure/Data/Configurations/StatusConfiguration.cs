namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Campaigns;

internal sealed class StatusConfiguration : IEntityTypeConfiguration<Status>
{
    public void Configure(EntityTypeBuilder<Status> builder)
    {
        builder.Property<int>("Id");
        builder.HasKey("Id");
        builder.HasIndex(s => new { s.Code, s.CampaignId }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(6);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.CampaignId).HasMaxLength(Campaign.MaxIdLength);
        builder.Ignore(s => s.Selectable);
        builder.Ignore(s => s.IsScheduledCallback);
        builder.Ignore(s => s.IsDnc);
    }
}
