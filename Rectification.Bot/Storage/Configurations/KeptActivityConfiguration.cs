using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class KeptActivityConfiguration : IEntityTypeConfiguration<KeptActivity>
{
    public void Configure(EntityTypeBuilder<KeptActivity> builder)
    {
        builder.ToTable("KeptActivities");
        builder.Property(a => a.Channel).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ConversationId).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Json).IsRequired();
        // The order of a conversation: two writers taking the same next number collide here, and one tries again.
        builder.HasIndex(a => new { a.Channel, a.ConversationId, a.Sequence }).IsUnique();
    }
}
