using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>A start on a database that an older version left behind: start-up brings it to the current schema.</summary>
public sealed class DatabaseUpgradeAtStartTests
{
    [Fact]
    public async Task AStartOnADatabaseOfAnOlderVersionAppliesEveryMissingMigrationAndSeedsTheLedger()
    {
        using var factory = new BotApplicationFactory();
        var database = factory.Database;
        await using (var ledger = Ledger(database))
        {
            await ledger.GetService<IMigrator>().MigrateAsync(OldestOrNone(ledger));
            Assert.NotEmpty(await ledger.Database.GetPendingMigrationsAsync());
        }

        await using (var state = BotState(database))
        {
            await state.GetService<IMigrator>().MigrateAsync(OldestOrNone(state));
            Assert.NotEmpty(await state.Database.GetPendingMigrationsAsync());
        }

        factory.StartServer();

        await using (var ledger = Ledger(database))
        {
            Assert.Empty(await ledger.Database.GetPendingMigrationsAsync());
            Assert.Equal(29, await ledger.Findings.CountAsync());
        }

        await using (var state = BotState(database))
        {
            Assert.Empty(await state.Database.GetPendingMigrationsAsync());
        }
    }

    /// <summary>
    /// The engine's first migration, so that a later one is missing; on an engine whose history is one migration,
    /// none at all ("0"), so that the start creates the whole schema.
    /// </summary>
    private static string OldestOrNone(DbContext db) =>
        db.Database.GetMigrations().ToList() is { Count: > 1 } migrations ? migrations[0] : Migration.InitialDatabase;

    private static LedgerDbContext Ledger(TestDatabase database) => database.OpenLedger();

    private static BotStateDbContext BotState(TestDatabase database) => database.OpenBotState();
}
