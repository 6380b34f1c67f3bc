namespace Portal.Infrastructure.Data.Configurations;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Leads;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.HasKey(l => l.LeadId);
        builder.Property(l => l.Status).HasMaxLength(6);
        builder.HasIndex(l => new { l.ListId, l.Status });
        builder.ComplexProperty(l => l.Details, details =>
        {
            details.Property(d => d.PhoneCode).HasColumnName("PhoneCode").HasMaxLength(10);
            details.Property(d => d.PhoneNumber).HasColumnName("PhoneNumber").HasMaxLength(18);
            details.Property(d => d.VendorLeadCode).HasColumnName("VendorLeadCode").HasMaxLength(20);
            details.Property(d => d.SourceId).HasColumnName("SourceId").HasMaxLength(50);
            details.Property(d => d.Title).HasColumnName("Title").HasMaxLength(4);
            details.Property(d => d.FirstName).HasColumnName("FirstName").HasMaxLength(30);
            details.Property(d => d.MiddleInitial).HasColumnName("MiddleInitial").HasMaxLength(1);
            details.Property(d => d.LastName).HasColumnName("LastName").HasMaxLength(30);
            details.Property(d => d.Address1).HasColumnName("Address1").HasMaxLength(100);
            details.Property(d => d.Address2).HasColumnName("Address2").HasMaxLength(100);
            details.Property(d => d.Address3).HasColumnName("Address3").HasMaxLength(100);
            details.Property(d => d.City).HasColumnName("City").HasMaxLength(50);
            details.Property(d => d.State).HasColumnName("State").HasMaxLength(2);
            details.Property(d => d.Province).HasColumnName("Province").HasMaxLength(50);
            details.Property(d => d.PostalCode).HasColumnName("PostalCode").HasMaxLength(10);
            details.Property(d => d.CountryCode).HasColumnName("CountryCode").HasMaxLength(3);
            details.Property(d => d.Gender).HasColumnName("Gender").HasMaxLength(1);
            details.Property(d => d.DateOfBirth).HasColumnName("DateOfBirth");
            details.Property(d => d.AltPhone).HasColumnName("AltPhone").HasMaxLength(12);
            details.Property(d => d.Email).HasColumnName("Email").HasMaxLength(70);
            details.Property(d => d.SecurityPhrase).HasColumnName("SecurityPhrase").HasMaxLength(100);
            details.Property(d => d.Comments).HasColumnName("Comments").HasMaxLength(255);
            details.Property(d => d.Rank).HasColumnName("Rank");
            details.Property(d => d.Owner).HasColumnName("Owner").HasMaxLength(20);
        });
    }
}
