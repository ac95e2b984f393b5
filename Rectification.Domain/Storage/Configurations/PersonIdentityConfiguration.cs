using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class PersonIdentityConfiguration : IEntityTypeConfiguration<PersonIdentity>
{
    public void Configure(EntityTypeBuilder<PersonIdentity> builder)
    {
        builder.ToTable("PersonIdentities");
        builder.Property(i => i.Realm).HasMaxLength(IdentityRealm.MaxLength).IsRequired();
        builder.Property(i => i.UserId).HasMaxLength(Person.MaxIdLength).IsRequired();
        builder.Property(i => i.AlternateUserId).HasMaxLength(Person.MaxIdLength);

        // An account belongs to one person. NULLs are distinct in unique indexes on SQLite and PostgreSQL.
        builder.HasIndex(i => new { i.Realm, i.UserId }).IsUnique();
        builder.HasIndex(i => new { i.Realm, i.AlternateUserId }).IsUnique();
    }
}
