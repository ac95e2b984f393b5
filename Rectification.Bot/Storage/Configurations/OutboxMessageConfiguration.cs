using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
        builder.Property(m => m.Key).HasMaxLength(600).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(32).IsRequired();
        builder.Property(m => m.ChannelId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.ConversationId).HasMaxLength(512).IsRequired();
        builder.Property(m => m.UserId).HasMaxLength(512);
        builder.Property(m => m.ConversationJson).IsRequired();
        builder.Property(m => m.MessageJson).IsRequired();
        builder.Property(m => m.LeaseOwner).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        builder.Property(m => m.SentActivityId).HasMaxLength(512);
    }
}
