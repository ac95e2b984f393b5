using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestSourceTests : IAsyncLifetime
{
    // An in-memory SQLite database lives as long as its one open connection.
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Open();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task Loads_the_current_rounds_findings_with_measures_and_history_untracked()
    {
        await using (var db = Open())
        {
            var earlier = new Inspection("市委第二巡察组", "某单位", new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 30), new DateOnly(2021, 6, 1), new DateOnly(2021, 9, 1));
            Add(earlier, 1, "上一轮的问题", "市金融局", null, MeasureStatus.InProgress);
            db.Inspections.Add(earlier);
            db.Inspections.Add(DigestLedger.Build()[0].Inspection!);
            await db.SaveChangesAsync();
        }

        await using var reading = Open();
        var findings = await new DigestSource(reading, new LedgerQueries(reading)).LoadFindingsAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], findings.Select(f => f.Number));
        Assert.Equal([3, 1, 2, 1, 1, 1, 1, 1], findings.Select(f => f.Measures.Count));
        Assert.Equal([1, 2, 2, 2, 2, 2, 0, 1], findings.Select(f => f.History.Count));
        Assert.Empty(reading.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Loaded_findings_give_the_same_digest_as_the_ledger_in_memory()
    {
        await using (var db = Open())
        {
            db.Inspections.Add(DigestLedger.Build()[0].Inspection!);
            await db.SaveChangesAsync();
        }

        await using var reading = Open();
        var loaded = await new DigestSource(reading, new LedgerQueries(reading)).LoadFindingsAsync(CancellationToken.None);

        var fromStore = DigestBuilder.Build(loaded, Period, Now, DigestOptions.Default);
        var inMemory = DigestBuilder.Build(DigestLedger.Build(), Period, Now, DigestOptions.Default);

        Assert.Equal(inMemory.Totals, fromStore.Totals);
        Assert.Equal(inMemory.Changes.Shown, fromStore.Changes.Shown);
        Assert.Equal(inMemory.Stalled.Shown, fromStore.Stalled.Shown);
        Assert.Equal(inMemory.Departments, fromStore.Departments);
    }

    [Fact]
    public async Task Before_any_import_there_is_nothing_to_load()
    {
        await using var db = Open();

        Assert.Empty(await new DigestSource(db, new LedgerQueries(db)).LoadFindingsAsync(CancellationToken.None));
    }

    private LedgerDbContext Open() =>
        new(new DbContextOptionsBuilder<LedgerDbContext>()
            .UseSqlite(_connection, sqlite => sqlite.MigrationsHistoryTable(LedgerDbContext.MigrationsHistoryTable))
            .Options);
}
