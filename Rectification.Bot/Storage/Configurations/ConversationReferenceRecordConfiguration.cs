using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class ConversationReferenceRecordConfiguration : IEntityTypeConfiguration<ConversationReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRecord> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.HasIndex(r => new { r.ChannelId, r.ConversationId }).IsUnique();
        builder.HasIndex(r => new { r.ChannelId, r.UserId });
        builder.HasIndex(r => r.AlternateUserId);
        builder.Property(r => r.Channel).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ChannelId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ConversationId).HasMaxLength(512).IsRequired();
        builder.Property(r => r.UserId).HasMaxLength(512);
        builder.Property(r => r.AlternateUserId).HasMaxLength(64);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Locale).HasMaxLength(32);
        builder.Property(r => r.ChannelData).IsRequired();
        builder.Property(r => r.PermanentFailure).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.PermanentFailureDetail).HasMaxLength(1000);
    }
}
