using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>The claim that makes a retried activity run once, on a real database (this run's engine) shared by two "instances".</summary>
public sealed class ProcessedActivitiesTests : IAsyncDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"processed-{Guid.NewGuid():N}.db");
    private readonly TestDatabase _database;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public ProcessedActivitiesTests()
    {
        _database = TestDatabase.For(_file, _file);
        using var db = NewContext();
        db.Database.Migrate();
    }

    private readonly List<ActivityClaimWriter> _writers = [];

    [Fact]
    public async Task TheFirstClaimWinsAndARetryFromAnotherInstanceIsRefused()
    {
        await using var first = NewContext();
        await using var second = NewContext();

        Assert.True(await Instance(first).TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.False(await Instance(second).TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.True(await Instance(second).TryClaimAsync("msteams", "a:2", "activity-1", CancellationToken.None));
    }

    [Fact]
    public async Task ClaimsSentTogetherToTwoInstancesAreEachWonExactlyOnce()
    {
        await using var first = NewContext();
        await using var second = NewContext();
        var instances = new[] { Instance(first), Instance(second) };

        // Every activity claimed four times at once, twice per instance: batches then hold the same id more than once.
        var claims = Enumerable.Range(0, 200)
            .SelectMany(n => Enumerable.Range(0, 4).Select(copy => (Id: $"activity-{n}", Won: instances[copy % 2].TryClaimAsync("msteams", "a:1", $"activity-{n}", CancellationToken.None))))
            .ToList();
        await Task.WhenAll(claims.Select(c => c.Won));

        Assert.All(claims.GroupBy(c => c.Id), copies => Assert.Single(copies, c => c.Won.Result));
        await using var db = NewContext();
        Assert.Equal(200, await db.ProcessedActivities.CountAsync());
    }

    [Fact]
    public async Task AFailedWriteFailsItsClaimsAndTheNextClaimIsWrittenOnAFreshConnection()
    {
        var opened = 0;
        var writer = new ActivityClaimWriter(
            () => ++opened == 1 ? new BotStateDbContext(new DbContextOptionsBuilder<BotStateDbContext>().UseSqlite($"Data Source={_file}.missing").Options) : NewContext(),
            _ => Task.CompletedTask);
        _writers.Add(writer);
        await using var db = NewContext();
        var processed = new ProcessedActivities(db, writer, _clock);

        await Assert.ThrowsAnyAsync<Exception>(() => processed.TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.True(await processed.TryClaimAsync("msteams", "a:1", "activity-1", CancellationToken.None));
        Assert.Equal(2, opened);
    }

    [Fact]
    public async Task IdsOlderThanTheWindowAreForgottenAndNewerOnesKept()
    {
        await using var db = NewContext();
        var processed = Instance(db);
        await processed.TryClaimAsync("msteams", "a:1", "old", CancellationToken.None);
        _clock.Advance(ProcessedActivities.Window + TimeSpan.FromMinutes(1));
        await processed.TryClaimAsync("msteams", "a:1", "new", CancellationToken.None);

        Assert.Equal(1, await processed.ForgetOlderThanWindowAsync(CancellationToken.None));
        Assert.True(await processed.TryClaimAsync("msteams", "a:1", "old", CancellationToken.None));
        Assert.False(await processed.TryClaimAsync("msteams", "a:1", "new", CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.DisposeAsync();
        }

        _database.Drop();
        File.Delete(_file);
        File.Delete($"{_file}.missing");
    }

    /// <summary>One bot instance: its own claim writer, as each process has one.</summary>
    private ProcessedActivities Instance(BotStateDbContext db)
    {
        var writer = new ActivityClaimWriter(NewContext, _ => Task.CompletedTask);
        _writers.Add(writer);
        return new ProcessedActivities(db, writer, _clock);
    }

    private BotStateDbContext NewContext() => _database.OpenBotState();
}
