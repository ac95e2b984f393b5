using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class NextStepConfiguration : IEntityTypeConfiguration<NextStep>
{
    public void Configure(EntityTypeBuilder<NextStep> builder)
    {
        builder.ToTable("NextSteps");
        builder.HasIndex(s => new { s.FindingId, s.Ordinal }).IsUnique();
        builder.Property(s => s.Text).HasMaxLength(4000).IsRequired();
    }
}
