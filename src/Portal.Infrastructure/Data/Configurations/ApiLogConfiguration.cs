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
        // One index, on the time: every API call writes a row here before its reply, and a row lands on ApiDate's last
        // page. Per-user indexes, (User, ApiDate) and (AgentUser, ApiDate), were dropped: each put every row at its own
        // user's place, a page written per row per commit, and cost one node about a fifth of its API throughput
        // (README, "One node before and after the cluster work"). Searches by user read their date range and filter it.
        builder.HasIndex(e => e.ApiDate);
        builder.Property(e => e.Source).HasMaxLength(20);
    }
}
