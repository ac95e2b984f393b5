using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("Findings");
        builder.HasIndex(f => new { f.InspectionId, f.Number }).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(1000).IsRequired();
        builder.Property(f => f.Category).HasMaxLength(200);
        builder.Property(f => f.ResponsibleLeader).HasMaxLength(200);
        builder.Property(f => f.ResponsibleDepartment).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.LastEntry);
        builder.ComplexProperty(f => f.Deadline, DeadlineMapping.Configure);

        builder.HasMany(f => f.Measures).WithOne(m => m.Finding).HasForeignKey(m => m.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.NextSteps).WithOne(s => s.Finding).HasForeignKey(s => s.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.History).WithOne(e => e.Finding).HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(f => f.Measures).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.NextSteps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(f => f.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
