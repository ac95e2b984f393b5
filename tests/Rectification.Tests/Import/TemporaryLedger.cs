using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Tests.Import;

/// <summary>A SQLite ledger file in its own temporary folder, brought to the current schema by the migrations.</summary>
internal sealed class TemporaryLedger : IDisposable
{
    private readonly string _folder;
    private readonly string _connectionString;

    private TemporaryLedger()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rectification-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);

        // No pooling, so no connection keeps the file open when the folder is deleted.
        _connectionString = $"Data Source={Path.Combine(_folder, "ledger.db")};Pooling=False";
    }

    public static async Task<TemporaryLedger> CreateAsync()
    {
        var ledger = new TemporaryLedger();
        await using var db = ledger.Open();
        if (db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }

        return ledger;
    }

    /// <summary>A fresh context, as each request of the bot would have.</summary>
    public LedgerDbContext Open() =>
        new(new DbContextOptionsBuilder<LedgerDbContext>()
            .UseSqlite(_connectionString, sqlite => sqlite.MigrationsHistoryTable(LedgerDbContext.MigrationsHistoryTable))
            .Options);

    public async Task<LedgerCounts> CountAsync()
    {
        await using var db = Open();
        return new LedgerCounts(
            await db.Inspections.CountAsync(),
            await db.Findings.CountAsync(),
            await db.Findings.SelectMany(f => f.Measures).CountAsync(),
            await db.Findings.SelectMany(f => f.NextSteps).CountAsync(),
            await db.ProgressEntries.CountAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

internal sealed record LedgerCounts(int Inspections, int Findings, int Measures, int NextSteps, int HistoryEntries)
{
    public static readonly LedgerCounts Empty = new(0, 0, 0, 0, 0);
}
