using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("ProcessedActivities");
        builder.Property(a => a.ChannelId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ConversationId).HasMaxLength(512).IsRequired();
        builder.Property(a => a.ActivityId).HasMaxLength(512).IsRequired();
        builder.HasIndex(a => new { a.ChannelId, a.ConversationId, a.ActivityId }).IsUnique();
        builder.HasIndex(a => a.ReceivedAtUtc);
    }
}
