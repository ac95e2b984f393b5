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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LedgerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
