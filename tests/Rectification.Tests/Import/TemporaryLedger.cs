using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;
using Rectification.Domain.Storage.Engines;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Import;

/// <summary>A ledger on this test run's engine, in its own temporary folder, brought to the current schema by the migrations.</summary>
internal sealed class TemporaryLedger : IDisposable
{
    private readonly string _folder;
    private readonly TestDatabase _database;

    private TemporaryLedger(DatabaseEngine? engine)
    {
        _folder = Path.Combine(Path.GetTempPath(), "rectification-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);

        // No pooling, so no connection keeps the file open when the folder is deleted.
        _database = TestDatabase.For(_folder, Path.Combine(_folder, "ledger.db"), ";Pooling=False", engine);
    }

    /// <param name="engine">This test run's engine unless given: migration tests of one engine's history name theirs.</param>
    public static async Task<TemporaryLedger> CreateAsync(DatabaseEngine? engine = null)
    {
        var ledger = new TemporaryLedger(engine);
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
    public LedgerDbContext Open() => _database.OpenLedger();

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

    public void Dispose()
    {
        _database.Drop();
        Directory.Delete(_folder, recursive: true);
    }
}

internal sealed record LedgerCounts(int Inspections, int Findings, int Measures, int NextSteps, int HistoryEntries)
{
    public static readonly LedgerCounts Empty = new(0, 0, 0, 0, 0);
}
