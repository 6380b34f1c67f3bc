namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(Campaign.MaxIdLength);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.DialMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PauseCodes).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Recording).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PreviewDial).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(c => c.IsManual);
        builder.OwnsMany(c => c.InGroups, inGroups =>
        {
            inGroups.ToTable("CampaignInGroups");
            inGroups.WithOwner().HasForeignKey(g => g.CampaignId);
            inGroups.HasKey(g => new { g.CampaignId, g.InGroupId });
        });
        builder.Navigation(c => c.InGroups).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Hotkeys, hotkeys =>
        {
            hotkeys.ToTable("CampaignHotkeys");
            hotkeys.WithOwner().HasForeignKey(h => h.CampaignId);
            hotkeys.HasKey(h => new { h.CampaignId, h.Key });
            hotkeys.Property(h => h.Key).HasMaxLength(1);
            hotkeys.Property(h => h.StatusCode).HasMaxLength(6);
        });
        builder.Navigation(c => c.Hotkeys).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
