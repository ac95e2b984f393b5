using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable("Measures");
        builder.HasIndex(m => new { m.FindingId, m.Ordinal }).IsUnique();
        builder.Property(m => m.Text).HasMaxLength(4000).IsRequired();
        builder.ComplexProperty(m => m.Deadline, DeadlineMapping.Configure);
    }
}
