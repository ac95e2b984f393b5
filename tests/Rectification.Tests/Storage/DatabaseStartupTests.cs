using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>What a fresh start leaves in the database: migrated and seeded, on this run's engine.</summary>
public sealed class DatabaseStartupTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task BothMigrationHistoriesAreRecorded()
    {
        await using var ledger = fixture.Factory.Database.OpenLedger();
        await using var state = fixture.Factory.Database.OpenBotState();

        Assert.NotEmpty(await ledger.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await ledger.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await state.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await state.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task TheAnnouncementIsSeededOnce()
    {
        await using var ledger = fixture.Factory.Database.OpenLedger();

        Assert.Equal(29, await ledger.Findings.CountAsync());
        Assert.Equal(1, await ledger.Inspections.CountAsync());
    }
}

/// <summary>What only the embedded engine has: the file, in write-ahead log mode so readers go on while one writes.</summary>
public sealed class SqliteFileStartupTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory().OnSqlite();

    [Fact]
    public async Task TheDatabaseFileIsInWriteAheadLogMode()
    {
        _factory.StartServer();
        await using var connection = new SqliteConnection($"Data Source={_factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    public void Dispose() => _factory.Dispose();
}
