namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Callbacks;

internal sealed class CallbackConfiguration : IEntityTypeConfiguration<Callback>
{
    public void Configure(EntityTypeBuilder<Callback> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Comments).HasMaxLength(Callback.MaxCommentsLength);
        builder.HasIndex(c => new { c.CampaignId, c.State, c.DueAt });
        builder.HasIndex(c => new { c.AgentUser, c.State });
    }
}
