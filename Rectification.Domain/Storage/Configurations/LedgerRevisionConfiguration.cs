using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectification.Domain.Storage.Configurations;

internal sealed class LedgerRevisionConfiguration : IEntityTypeConfiguration<LedgerRevision>
{
    public void Configure(EntityTypeBuilder<LedgerRevision> builder)
    {
        builder.ToTable("LedgerRevision");
        builder.Property(r => r.Id).ValueGeneratedNever();
        // The one row exists from the start, so renewing its stamp is always an update.
        builder.HasData(new { Id = LedgerRevision.SingletonId, Stamp = Guid.Empty });
    }
}
