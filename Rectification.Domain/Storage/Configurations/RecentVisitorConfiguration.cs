using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class RecentVisitorConfiguration : IEntityTypeConfiguration<RecentVisitor>
{
    public void Configure(EntityTypeBuilder<RecentVisitor> builder)
    {
        builder.ToTable("RecentVisitors");
        builder.Property(v => v.Realm).HasMaxLength(IdentityRealm.MaxLength).IsRequired();
        builder.Property(v => v.UserId).HasMaxLength(Person.MaxIdLength).IsRequired();
        builder.Property(v => v.AlternateUserId).HasMaxLength(Person.MaxIdLength);
        builder.Property(v => v.DisplayName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.HasIndex(v => new { v.Realm, v.UserId }).IsUnique();
        builder.HasIndex(v => v.SeenAtUtc);
    }
}
