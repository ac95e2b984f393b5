using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Findings;

/// <summary>
/// A real ledger on this test run's engine (a SQLite file in its own temporary folder, or a PostgreSQL database),
/// migrated and prepared as the bot runs it, with
/// a round of 29 findings unless told otherwise. Each <see cref="Open"/> is a fresh context, as each request has.
/// </summary>
internal sealed class TestLedger : IAsyncDisposable
{
    private readonly string _folder;

    private TestLedger()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rectification-people-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);

        // No pooling, so no connection keeps the file open when the folder is deleted.
        Database = TestDatabase.For(_folder, Path.Combine(_folder, "ledger.db"), ";Pooling=False");
    }

    public TestDatabase Database { get; }

    public static async Task<TestLedger> CreateAsync(bool seed = true)
    {
        var ledger = new TestLedger();
        await using var db = ledger.Open();
        await db.Database.MigrateAsync();
        await ledger.Database.Engine.PrepareAsync(db, CancellationToken.None);
        if (seed)
        {
            await ReferenceRound.EnsureSeededAsync(db);
        }

        return ledger;
    }

    public LedgerDbContext Open() => Database.OpenLedger();

    /// <summary>A finding read back untracked from the file, with its measures and history.</summary>
    public async Task<Finding> ReadFindingAsync(int number)
    {
        await using var db = Open();
        return await db.Findings.AsNoTracking().Include(f => f.Measures).Include(f => f.NextSteps).Include(f => f.History)
            .SingleAsync(f => f.Number == number);
    }

    /// <summary>Changes a finding outside any recorder, as a setup step.</summary>
    public async Task ChangeFindingAsync(int number, Action<Finding> change)
    {
        await using var db = Open();
        var finding = await db.Findings.Include(f => f.Measures).Include(f => f.NextSteps).Include(f => f.History).AsSplitQuery().SingleAsync(f => f.Number == number);
        change(finding);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        Database.Drop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temporary folder later.
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A stand-in for the announced round: findings 1–29, each with measures 1 and 2 in progress, except
/// finding 3 whose measures are both completed (so it is completed, awaiting sign-off).
/// </summary>
internal static class ReferenceRound
{
    public const int CompletedFinding = 3;

    public static readonly DateTime AnnouncedAtUtc = new(2024, 6, 18, 0, 0, 0, DateTimeKind.Utc);

    public static readonly ProgressAuthor Publisher = ProgressAuthor.Announcement("中共武汉市地方金融工作局委员会");

    public static Inspection Create()
    {
        var inspection = new Inspection("市委第六巡察组", "市地方金融工作局", new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31), new DateOnly(2024, 1, 15), new DateOnly(2024, 6, 18));
        for (var number = 1; number <= 29; number++)
        {
            var finding = inspection.AddFinding(number, $"第{number}项问题");
            var status = number == CompletedFinding ? MeasureStatus.Completed : MeasureStatus.InProgress;
            finding.AddMeasure($"第{number}项一是措施", status);
            finding.AddMeasure($"第{number}项二是措施", status);
            finding.ApplyAnnouncementStatus();
            finding.RecordAnnounced(Publisher, AnnouncedAtUtc, "公告所述整改情况");
        }

        return inspection;
    }

    /// <summary>
    /// Backs each completed measure that has no evidence with a link, as a sign-off needs (销号 is evidence-gated); the
    /// finding is returned for chaining.
    /// </summary>
    public static Finding BackCompletedWork(Finding finding, DateTime atUtc)
    {
        foreach (var work in finding.CompletedWorkWithoutEvidence().Where(w => w.MeasureOrdinal is not null))
        {
            finding.AddEvidence(work.MeasureOrdinal, new Evidence("整改报告", $"https://example.org/evidence/{finding.Number}/{work.MeasureOrdinal}"), Publisher, atUtc);
        }

        return finding;
    }

    /// <summary>Seeds the round unless the ledger already has findings (e.g. the bundled announcement).</summary>
    public static async Task EnsureSeededAsync(LedgerDbContext db)
    {
        if (await db.Findings.AnyAsync())
        {
            return;
        }

        db.Inspections.Add(Create());
        await db.SaveChangesAsync();
    }

    /// <summary>One finding in memory, for rules that need no database.</summary>
    public static Finding Finding(int number = 14) => Create().Findings.Single(f => f.Number == number);
}
