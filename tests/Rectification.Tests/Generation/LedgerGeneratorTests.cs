using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Generation;
using Rectification.Domain.Import;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;
using Rectification.Tests.Import;

namespace Rectification.Tests.Generation;

public sealed class LedgerGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly LedgerGenerationOptions Tiny = new() { Inspections = 2, Findings = 5, Measures = 4, Progress = 10, Seed = 7 };

    [Fact]
    public async Task Two_rounds_of_five_findings_have_the_asked_counts_beside_the_bundled_announcement()
    {
        using var ledger = await SeededLedgerAsync();

        await using (var db = ledger.Open())
        {
            var result = await new LedgerGenerator(db).GenerateAsync(Tiny, Now, CancellationToken.None);
            Assert.Equal((2, 10L, 40L, 100L), (result.Inspections, result.Findings, result.Measures, result.Entries));
        }

        var counts = await ledger.CountAsync();
        Assert.Equal((3, 29 + 10, 79 + 40, 29 + 100), (counts.Inspections, counts.Findings, counts.Measures, counts.HistoryEntries));
    }

    [Fact]
    public async Task The_newest_generated_round_is_the_current_one_and_numbers_its_findings_and_measures_from_one()
    {
        using var ledger = await SeededLedgerAsync();
        await using var db = ledger.Open();
        var result = await new LedgerGenerator(db).GenerateAsync(Tiny, Now, CancellationToken.None);

        var current = await new LedgerQueries(db, new LedgerSnapshots()).CurrentInspectionAsync(CancellationToken.None);
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == current!.Id)
            .Include(f => f.Measures).Include(f => f.History).OrderBy(f => f.Number).ToListAsync();

        Assert.Equal(result.LastInspectionId, current!.Id);
        Assert.Equal(new DateOnly(2026, 12, 2).AddDays(-GeneratedRound.CurrentRoundAgeDays), current.AnnouncementDate);
        Assert.Equal([1, 2, 3, 4, 5], findings.Select(f => f.Number));
        Assert.All(findings, f => Assert.Equal([1, 2, 3, 4], f.Measures.Select(m => m.Ordinal).Order()));
        Assert.All(findings, f => Assert.Equal(10, f.History.Count));
    }

    [Fact]
    public async Task Every_generated_finding_obeys_the_ledgers_rules_from_its_announcement_on()
    {
        using var ledger = await SeededLedgerAsync();
        await using var db = ledger.Open();
        await new LedgerGenerator(db).GenerateAsync(Tiny with { Findings = 60 }, Now, CancellationToken.None);

        var generated = await db.Findings.AsNoTracking().Where(f => f.Inspection!.AnnouncementDate > new DateOnly(2024, 6, 18))
            .Include(f => f.Measures).Include(f => f.History).ToListAsync();

        Assert.Equal(120, generated.Count);
        Assert.All(generated, f =>
        {
            var history = f.History.OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).ToList();
            Assert.Equal(ProgressEntryKind.Announced, history[0].Kind);
            Assert.Equal(f.Status, history[^1].FindingStatusAfter);
            Assert.Equal(f.Status != FindingStatus.InProgress, f.Measures.All(m => m.Status == MeasureStatus.Completed));
            Assert.NotNull(f.ResponsibleDepartment);
            Assert.True(history[^1].RecordedAtUtc <= Now.UtcDateTime);
        });
        Assert.Equal(
            [FindingStatus.InProgress, FindingStatus.Completed, FindingStatus.SignedOff],
            generated.Select(f => f.Status).Distinct().Order());
    }

    [Fact]
    public async Task Some_generated_findings_mention_汉融通_for_keyword_search_to_find()
    {
        using var ledger = await SeededLedgerAsync();
        await using var db = ledger.Open();
        await new LedgerGenerator(db).GenerateAsync(Tiny with { Inspections = 1, Findings = 200 }, Now, CancellationToken.None);

        var texts = await new LedgerQueries(db, new LedgerSnapshots()).SearchTextsAsync(CancellationToken.None);

        Assert.Equal(200, texts.Count);
        Assert.InRange(texts.Count(t => t.Title.Contains("汉融通", StringComparison.Ordinal) || t.MeasureTexts.Any(m => m.Contains("汉融通", StringComparison.Ordinal))), 1, 199);
    }

    [Fact]
    public async Task The_same_seed_on_the_same_day_generates_the_same_ledger()
    {
        using var first = await SeededLedgerAsync();
        using var second = await SeededLedgerAsync();

        Assert.Equal(await GenerateAndDescribeAsync(first), await GenerateAndDescribeAsync(second));
    }

    [Fact]
    public async Task A_ledger_with_recorded_work_is_refused_unless_forced()
    {
        using var ledger = await SeededLedgerAsync();
        await using (var db = ledger.Open())
        {
            var finding = await new LedgerQueries(db, new LedgerSnapshots()).LoadFindingForUpdateAsync(1, CancellationToken.None);
            finding!.RecordFindingProgress("已召开专题会议", new ProgressAuthor("u1", "张三", ProgressSource.Chat), Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        await using (var db = ledger.Open())
        {
            var generator = new LedgerGenerator(db);
            Assert.Equal(new LedgerContents(0, 1), await generator.ForeignContentsAsync(CancellationToken.None));
            await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateAsync(Tiny, Now, CancellationToken.None));
            Assert.Equal(1, (await generator.GenerateAsync(Tiny with { Inspections = 1, Force = true }, Now, CancellationToken.None)).Inspections);
        }

        Assert.Equal(2, (await ledger.CountAsync()).Inspections);
    }

    private static async Task<TemporaryLedger> SeededLedgerAsync()
    {
        var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();
        await new AnnouncementImporter(db).ImportBundledAsync();
        return ledger;
    }

    private static async Task<string> GenerateAndDescribeAsync(TemporaryLedger ledger)
    {
        await using var db = ledger.Open();
        await new LedgerGenerator(db).GenerateAsync(Tiny, Now, CancellationToken.None);
        var entries = await db.ProgressEntries.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => e.Kind + " " + e.RecordedAtUtc + " " + e.Description).ToListAsync();
        var findings = await db.Findings.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => f.Title + " " + f.Status + " " + f.ResponsibleDepartment + " " + f.Deadline).ToListAsync();
        return string.Join("\n", findings.Concat(entries));
    }
}
