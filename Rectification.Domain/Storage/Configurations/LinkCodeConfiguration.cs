using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class LinkCodeConfiguration : IEntityTypeConfiguration<LinkCode>
{
    public void Configure(EntityTypeBuilder<LinkCode> builder)
    {
        builder.ToTable("LinkCodes");
        builder.Property(c => c.CodeHash).HasMaxLength(LinkCode.HashLength).IsRequired();
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.ExpiresAtUtc);

        // Redeeming writes UsedAtUtc only where it is still empty: of two instances redeeming at once, one fails.
        builder.Property(c => c.UsedAtUtc).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
