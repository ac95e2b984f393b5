using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.ToTable("UserPreferences");
        builder.HasKey(p => new { p.ChannelId, p.UserId });
        builder.Property(p => p.ChannelId).HasMaxLength(64);
        builder.Property(p => p.UserId).HasMaxLength(256);
    }
}
