using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Storage.Configurations;

/// <summary>
/// A deadline in two columns: <c>DeadlineKind</c> (the kind's name; null when there is no deadline) and <c>Deadline</c>
/// (the date, the column dated deadlines always had).
/// </summary>
internal static class DeadlineMapping
{
    public static void Configure(ComplexPropertyBuilder<Deadline> deadline)
    {
        deadline.Property(d => d.Kind).HasColumnName("DeadlineKind");
        deadline.Property(d => d.Date).HasColumnName("Deadline");
    }
}
