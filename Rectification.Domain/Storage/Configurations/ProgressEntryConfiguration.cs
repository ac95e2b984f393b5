using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> builder)
    {
        builder.ToTable("ProgressEntries");
        builder.HasIndex(e => new { e.FindingId, e.RecordedAtUtc });
        builder.HasIndex(e => e.RecordedAtUtc);
        builder.Property(e => e.AuthorId).HasMaxLength(200);
        builder.Property(e => e.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Channel).HasMaxLength(64);
        builder.Property(e => e.Description).HasMaxLength(ProgressEntry.MaxDescriptionLength).IsRequired();
        builder.Property(e => e.EvidenceName).HasMaxLength(300);
        builder.Property(e => e.EvidenceUrl).HasMaxLength(2000);
        builder.HasOne<ProgressEntry>().WithMany().HasForeignKey(e => e.SupersedesEntryId).OnDelete(DeleteBehavior.Restrict);
        // An index, not a foreign key: SQLite can only add a constraint by rebuilding the table, outside a transaction,
        // on every existing ledger. The link is set by the aggregate from an entry it holds, and entries are never deleted.
        builder.HasIndex(e => e.EvidenceForEntryId);
    }
}
