using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.ChannelUserId).HasMaxLength(Person.MaxIdLength).IsRequired();
        builder.Property(p => p.AadObjectId).HasMaxLength(Person.MaxIdLength);
        builder.Property(p => p.Name).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.Department).HasMaxLength(Person.MaxDepartmentLength);
        builder.HasIndex(p => p.ChannelUserId).IsUnique();

        // NULLs are distinct in unique indexes on SQLite and PostgreSQL, so many people may have no AAD id.
        builder.HasIndex(p => p.AadObjectId).IsUnique();
        builder.HasIndex(p => new { p.Role, p.Active });
    }
}
