using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class DialogStateConfiguration : IEntityTypeConfiguration<DialogState>
{
    public void Configure(EntityTypeBuilder<DialogState> builder)
    {
        builder.ToTable("DialogStates");
        builder.HasKey(d => new { d.ChannelId, d.ConversationId });
        builder.Property(d => d.ChannelId).HasMaxLength(64);
        builder.Property(d => d.ConversationId).HasMaxLength(512);
        builder.Property(d => d.DialogName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.ValuesJson).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.UpdatedAtUtc);
    }
}
