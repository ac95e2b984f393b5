using Microsoft.Data.Sqlite;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>What a fresh start leaves on disk: a migrated, seeded SQLite file in WAL mode.</summary>
public sealed class DatabaseStartupTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task TheDatabaseFileIsInWriteAheadLogMode()
    {
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task BothMigrationHistoriesAreRecorded()
    {
        Assert.NotEqual("0", await ScalarAsync("SELECT COUNT(*) FROM __LedgerMigrationsHistory;"));
        Assert.NotEqual("0", await ScalarAsync("SELECT COUNT(*) FROM __BotStateMigrationsHistory;"));
    }

    [Fact]
    public async Task TheAnnouncementIsSeededOnce()
    {
        Assert.Equal("29", await ScalarAsync("SELECT COUNT(*) FROM Findings;"));
        Assert.Equal("1", await ScalarAsync("SELECT COUNT(*) FROM Inspections;"));
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        using var client = fixture.Factory.CreateClient();
        await using var connection = new SqliteConnection($"Data Source={fixture.Factory.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
