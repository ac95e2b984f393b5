using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Bot.Storage.Configurations;

internal sealed class ButtonDataConfiguration : IEntityTypeConfiguration<ButtonData>
{
    public void Configure(EntityTypeBuilder<ButtonData> builder)
    {
        builder.ToTable("ButtonData");
        builder.Property(b => b.Key).HasMaxLength(ButtonDataStore.KeyLength).IsRequired();
        builder.Property(b => b.Json).IsRequired();
        builder.HasIndex(b => b.Key).IsUnique();
    }
}
