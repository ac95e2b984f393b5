using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Key).HasMaxLength(Person.MaxIdLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.Department).HasMaxLength(Person.MaxDepartmentLength);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.Role, p.Active });

        // A person is never without their accounts: every query loads them.
        builder.HasMany(p => p.Identities).WithOne().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Identities).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
