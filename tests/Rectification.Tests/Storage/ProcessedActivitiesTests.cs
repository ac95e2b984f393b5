using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Storage;

namespace Rectification.Tests.Storage;

/// <summary>The claim that makes a retried activity run once, on a real SQLite file shared by two "instances".</summary>
public sealed class ProcessedActivitiesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"processed-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public ProcessedActivitiesTests()
    {
        using var db = NewContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task TheFirstClaimWinsAndARetryFromAnotherInstanceIsRefused()
    {
        await using var first = NewContext();
        await using var second = NewContext();

        Assert.True(await new ProcessedActivities(first, _clock).TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.False(await new ProcessedActivities(second, _clock).TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.True(await new ProcessedActivities(second, _clock).TryClaimAsync("msteams", "a:2", "activity-1", CancellationToken.None));
    }

    [Fact]
    public async Task IdsOlderThanTheWindowAreForgottenAndNewerOnesKept()
    {
        await using var db = NewContext();
        var processed = new ProcessedActivities(db, _clock);
        await processed.TryClaimAsync("msteams", "a:1", "old", CancellationToken.None);
        _clock.Advance(ProcessedActivities.Window + TimeSpan.FromMinutes(1));
        await processed.TryClaimAsync("msteams", "a:1", "new", CancellationToken.None);

        Assert.Equal(1, await processed.ForgetOlderThanWindowAsync(CancellationToken.None));
        Assert.True(await processed.TryClaimAsync("msteams", "a:1", "old", CancellationToken.None));
        Assert.False(await processed.TryClaimAsync("msteams", "a:1", "new", CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private BotStateDbContext NewContext() => new(new DbContextOptionsBuilder<BotStateDbContext>()
        .UseSqlite($"Data Source={_file}", sqlite => sqlite.MigrationsHistoryTable(BotStateDbContext.MigrationsHistoryTable))
        .Options);
}
