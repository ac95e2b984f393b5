using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class DigestSubscriptionConfiguration : IEntityTypeConfiguration<DigestSubscription>
{
    public void Configure(EntityTypeBuilder<DigestSubscription> builder)
    {
        builder.ToTable("DigestSubscriptions");
        builder.HasIndex(s => new { s.ChannelId, s.UserId }).IsUnique();
        builder.HasIndex(s => s.Active);
        builder.Property(s => s.ChannelId).HasMaxLength(64).IsRequired();
        builder.Property(s => s.UserId).HasMaxLength(512).IsRequired();
        builder.Property(s => s.UserName).HasMaxLength(256);
        builder.Property(s => s.ConversationId).HasMaxLength(512).IsRequired();
        builder.Property(s => s.TimeZoneId).HasMaxLength(64).IsRequired();
    }
}
