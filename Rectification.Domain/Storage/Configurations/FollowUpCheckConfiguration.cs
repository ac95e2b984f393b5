using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Supervision.FollowUp;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class FollowUpCheckConfiguration : IEntityTypeConfiguration<FollowUpCheck>
{
    public void Configure(EntityTypeBuilder<FollowUpCheck> builder)
    {
        builder.ToTable("FollowUpChecks");
        builder.Property(c => c.AnsweredBy).HasMaxLength(FollowUpCheck.MaxAnsweredByLength);
        builder.Ignore(c => c.IsAnswered);

        // One check per sign-off and interval: planning twice (or on two instances) adds nothing.
        builder.HasIndex(c => new { c.SignOffEntryId, c.MonthsAfterSignOff }).IsUnique();
        builder.HasIndex(c => new { c.AnsweredAtUtc, c.DueOn });
        builder.HasOne(c => c.Finding).WithMany().HasForeignKey(c => c.FindingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.AnswerEntry).WithMany().HasForeignKey(c => c.AnswerEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}
