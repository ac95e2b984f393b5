using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Inspections;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("Inspections");
        builder.Property(i => i.InspectionGroup).HasMaxLength(200).IsRequired();
        builder.Property(i => i.InspectedOrganization).HasMaxLength(300).IsRequired();
        builder.HasIndex(i => new { i.InspectionGroup, i.InspectedOrganization, i.FeedbackDate }).IsUnique();
        // The current round is the one announced last (ties: the last added), asked for on every turn: one index
        // step instead of sorting every round a ledger has ever held.
        builder.HasIndex(i => new { i.AnnouncementDate, i.Id });
        builder.HasMany(i => i.Findings).WithOne(f => f.Inspection).HasForeignKey(f => f.InspectionId);
        builder.Navigation(i => i.Findings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
