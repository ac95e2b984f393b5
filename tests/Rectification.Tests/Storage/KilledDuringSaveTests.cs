using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>
/// The bot killed (SIGKILL: no shutdown, no flush) while it saves progress leaves the ledger as it was before the
/// save or after it, never between: each measure's state is what its latest entry says, and every report the bot
/// acknowledged is there. A handful of kills at random points, each followed by a restart on the same database.
/// </summary>
public sealed class KilledDuringSaveTests
{
    private const int Finding = 14;
    private const int Measure = 3;
    private const int Iterations = 4;

    [Fact]
    public async Task AKillInTheMiddleOfAProgressSaveLeavesTheLedgerBeforeOrAfterNeverHalfWritten()
    {
        var folder = Directory.CreateTempSubdirectory("rectification-kill-").FullName;
        var random = new Random(20261202);
        var acknowledged = 0;
        var sent = 0;
        TestDatabase? database = null;
        try
        {
            for (var iteration = 0; iteration < Iterations; iteration++)
            {
                await using var bot = BotProcess.Start(["--urls", $"http://127.0.0.1:{BotProcess.FreePort()}"], folder: folder);
                database = bot.Database;
                using var http = new HttpClient { BaseAddress = new Uri(await bot.ListeningAsync()), Timeout = TimeSpan.FromSeconds(30) };
                var client = new BotClient(http);

                for (var report = random.Next(1, 4); report > 0; report--)
                {
                    sent++;
                    await client.AskAsync(Report(sent), "29:kill-reporter");
                    acknowledged++;
                }

                // One more report in flight, and the kill a random moment into it.
                sent++;
                var inFlight = client.AskAsync(Report(sent), "29:kill-reporter");
                await Task.Delay(random.Next(0, 60));
                await bot.KillAsync();
                await Record.ExceptionAsync(() => inFlight);

                await AssertConsistentAsync(bot.Database, acknowledged, sent);
            }
        }
        finally
        {
            database?.Drop();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Cleaned by the OS later.
            }
        }
    }

    // Percentages that differ from one report to the next, so that every accepted report is an entry of its own.
    private static string Report(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"update {Finding}.{Measure}: 第{number}次推进 {10 + (number % 80)}%");

    private static async Task AssertConsistentAsync(TestDatabase database, int acknowledged, int sent)
    {
        await using var ledger = database.OpenLedger();
        var finding = await ledger.Findings.Include(f => f.Measures).SingleAsync(f => f.Number == Finding);
        var entries = await ledger.ProgressEntries
            .Where(e => e.FindingId == finding.Id && e.MeasureOrdinal == Measure && e.AuthorId == "29:kill-reporter")
            .OrderBy(e => e.Id).ToListAsync();
        var measure = finding.Measures.Single(m => m.Ordinal == Measure);

        Assert.InRange(entries.Count, acknowledged, sent);
        var latest = entries[^1];
        Assert.Equal(latest.PercentAfter, measure.PercentComplete);
        Assert.Equal(latest.MeasureStatusAfter, measure.Status);
        Assert.Equal(latest.FindingStatusAfter, finding.Status);
        Assert.All(entries.Zip(entries.Skip(1)), pair => Assert.Equal(pair.First.PercentAfter, pair.Second.PercentBefore));
        if (database.Engine.Name == "Sqlite")
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }
    }
}
