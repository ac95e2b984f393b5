using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.People;

namespace Rectification.Domain.Storage;

/// <summary>
/// The ledger's unit of work. Provider-neutral: the host chooses SQLite or PostgreSQL; nothing here uses
/// provider-specific SQL.
/// </summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__LedgerMigrationsHistory";

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<ProgressEntry> ProgressEntries => Set<ProgressEntry>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<LinkCode> LinkCodes => Set<LinkCode>();

    public DbSet<RecentVisitor> RecentVisitors => Set<RecentVisitor>();

    public DbSet<LedgerRevision> Revisions => Set<LedgerRevision>();

    public DbSet<Supervision.FollowUp.FollowUpCheck> FollowUpChecks => Set<Supervision.FollowUp.FollowUpCheck>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewRevisionIfLedgerChanged();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewRevisionIfLedgerChanged();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LedgerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    /// <summary>
    /// For writes that go past <see cref="SaveChangesAsync(bool, CancellationToken)"/> (bulk inserts): renews the
    /// revision as a save would, inside the caller's transaction, so every instance's snapshot is renewed too.
    /// </summary>
    public Task RenewRevisionAsync(CancellationToken cancellationToken)
    {
        Revision().Renew();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
    }

    /// <summary>
    /// Every change snapshots can show renews the revision in the same save. Recent visitors and link codes are
    /// not in a snapshot, so their frequent small writes leave every instance's snapshot standing.
    /// </summary>
    private void RenewRevisionIfLedgerChanged()
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries().Any(entry =>
            entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && entry.Entity is not (RecentVisitor or LinkCode or LedgerRevision));
        if (!changed)
        {
            return;
        }

        Revision().Renew();
    }

    private LedgerRevision Revision() =>
        ChangeTracker.Entries<LedgerRevision>().Select(entry => entry.Entity).FirstOrDefault()
        ?? Revisions.Attach(LedgerRevision.Row()).Entity;
}
