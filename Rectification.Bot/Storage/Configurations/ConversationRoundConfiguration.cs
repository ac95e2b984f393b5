using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class ConversationRoundConfiguration : IEntityTypeConfiguration<ConversationRound>
{
    public void Configure(EntityTypeBuilder<ConversationRound> builder)
    {
        builder.ToTable("ConversationRounds");
        builder.HasKey(r => new { r.ChannelId, r.Scope });
        builder.Property(r => r.ChannelId).HasMaxLength(64);
        builder.Property(r => r.Scope).HasMaxLength(512);
        builder.Property(r => r.ChosenBy).HasMaxLength(256);
    }
}
