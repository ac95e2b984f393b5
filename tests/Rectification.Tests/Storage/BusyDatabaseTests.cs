using Microsoft.Data.Sqlite;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Storage;

/// <summary>
/// Another process holding SQLite's write lock (a backup, a second instance, an operator's sqlite3 shell) makes a save
/// wait and retry (Microsoft.Data.Sqlite retries SQLITE_BUSY up to the command timeout), not fail: the report is
/// recorded once the lock is released.
/// </summary>
public sealed class BusyDatabaseTests
{
    [Fact]
    public async Task AReportSavedWhileAnotherConnectionHoldsTheWriteLockIsRecordedOnceTheLockIsReleased()
    {
        using var factory = new BotApplicationFactory().OnSqlite();
        var client = new BotClient(factory.CreateClient());
        var before = await factory.HistoryCountAsync(14);
        await using var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        var report = client.AskAsync("update 14.3: 在锁等待期间推进 45%", "29:busy-reporter");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(report.IsCompleted, "the save should be waiting for the lock");
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        var replies = ReportingLedger.TextOf(await report);

        Assert.Contains("第14项", replies, StringComparison.Ordinal);
        Assert.Equal(before + 1, await factory.HistoryCountAsync(14));
    }
}
