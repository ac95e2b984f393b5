using Rectification.Domain.Findings;
using Rectification.Domain.Import;
using Rectification.Domain.Inspections;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;
using Rectification.Tests.Import;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestSourceTests
{
    [Fact]
    public async Task Loads_the_current_rounds_findings_with_measures_and_history_untracked()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await SeedWithAnEarlierRoundAsync(ledger);

        await using var reading = ledger.Open();
        var findings = await Source(reading).LoadFindingsAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], findings.Select(f => f.Number));
        Assert.Equal([3, 1, 2, 1, 1, 1, 1, 1], findings.Select(f => f.Measures.Count));
        Assert.Equal([1, 2, 2, 2, 2, 2, 0, 1], findings.Select(f => f.History.Count));
        Assert.Empty(reading.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Loaded_findings_give_the_same_digest_as_the_ledger_in_memory()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using (var db = ledger.Open())
        {
            db.Inspections.Add(DigestLedger.Build()[0].Inspection!);
            await db.SaveChangesAsync();
        }

        await using var reading = ledger.Open();
        var fromStore = DigestBuilder.Build(await Source(reading).LoadFindingsAsync(CancellationToken.None), Period, Now, DigestOptions.Default);
        var inMemory = DigestBuilder.Build(DigestLedger.Build(), Period, Now, DigestOptions.Default);

        Assert.Equal(inMemory.Totals, fromStore.Totals);
        Assert.Equal(inMemory.Changes.Shown, fromStore.Changes.Shown);
        Assert.Equal(inMemory.Overdue.Shown, fromStore.Overdue.Shown);
        Assert.Equal(inMemory.Stalled.Shown, fromStore.Stalled.Shown);
        Assert.Equal(inMemory.Departments, fromStore.Departments);
    }

    [Fact]
    public async Task The_week_of_the_real_announcement_reports_its_29_findings_and_their_announced_entries()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using (var db = ledger.Open())
        {
            await new AnnouncementImporter(db).ImportBundledAsync();
        }

        await using var reading = ledger.Open();
        var findings = await Source(reading).LoadFindingsAsync(CancellationToken.None);
        var announcementWeek = DigestPeriod.Of(2024, 25, Shanghai);
        var report = DigestBuilder.Build(findings, announcementWeek, new DateTimeOffset(2024, 6, 24, 9, 0, 0, TimeSpan.FromHours(8)), DigestOptions.Default);

        // 4 of the 79 measures are still in progress: 75 / 79 is 94.9 %.
        Assert.Equal(new DigestTotals(29, 7, 22, 0, 79, 75, 94), report.Totals);
        Assert.Equal((29, 29, 0), (report.Changes.TotalCount, report.Changes.FindingsChanged, report.Changes.StatusChanges));
        Assert.Equal([new DigestKindCount(ProgressEntryKind.Announced, 29)], report.Changes.ByKind);
    }

    [Fact]
    public async Task The_rounds_aggregated_in_the_database_give_the_same_digest_as_the_whole_findings()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await SeedWithAnEarlierRoundAsync(ledger);

        await using var reading = ledger.Open();
        foreach (var (period, options) in new[]
        {
            (Period, DigestOptions.Default),
            (Period, DigestOptions.Default with { MaxChangeLines = 1, MaxFindingLines = 1, MaxDeadlineLines = 1, TitleLength = 4 }),
            (Period.Previous(), DigestOptions.Default with { StallDays = 1, DueSoonDays = 30 }),
            (DigestPeriod.Containing(Now, Berlin).Previous(), DigestOptions.Default),
        })
        {
            var whole = DigestBuilder.Build(await Source(reading).LoadFindingsAsync(CancellationToken.None), period, Now, options);
            var aggregated = await Source(reading).BuildAsync(period, Now, options, CancellationToken.None);
            AssertSameDigest(whole, aggregated);
        }
    }

    [Fact]
    public async Task The_round_holds_every_finding_of_the_current_round_and_only_the_entries_of_the_period()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using (var db = ledger.Open())
        {
            db.Inspections.Add(DigestLedger.Build()[0].Inspection!);
            await db.SaveChangesAsync();
        }

        await using var reading = ledger.Open();
        var round = await Source(reading).LoadRoundAsync(Period, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], round.Findings.Select(f => f.Number).Order());
        Assert.Equal([2, 3, 5], round.Entries.Select(e => e.Change.FindingNumber).Order());
        Assert.Equal((3, 0), (round.Findings.Single(f => f.Number == 1).Measures, round.Findings.Single(f => f.Number == 1).MeasuresCompleted));
        Assert.Null(round.Findings.Single(f => f.Number == 7).LastEntryAtUtc);
        Assert.Equal(PeriodEndUtc, round.Findings.Single(f => f.Number == 4).LastEntryAtUtc);
        Assert.Empty(reading.ChangeTracker.Entries());
    }

    [Fact]
    public async Task Before_any_import_the_round_is_empty()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();

        var round = await Source(db).LoadRoundAsync(Period, CancellationToken.None);

        Assert.Empty(round.Findings);
        Assert.Empty(round.Entries);
    }

    [Fact]
    public async Task Before_any_import_there_is_nothing_to_load()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();

        Assert.Empty(await Source(db).LoadFindingsAsync(CancellationToken.None));
    }

    private static DigestSource Source(LedgerDbContext db) => new(db, new LedgerQueries(db, new LedgerSnapshots()));

    /// <summary>The digest ledger as the current round, after an earlier round whose overdue finding no digest may count.</summary>
    private static async Task SeedWithAnEarlierRoundAsync(TemporaryLedger ledger)
    {
        await using var db = ledger.Open();
        var earlier = new Inspection("市委第二巡察组", "某单位", new DateOnly(2021, 3, 1), new DateOnly(2021, 4, 30), new DateOnly(2021, 6, 1), new DateOnly(2021, 9, 1));
        Add(earlier, 1, "上一轮的问题", "市金融局", new DateOnly(2024, 7, 9), MeasureStatus.InProgress);
        db.Inspections.AddRange(earlier, DigestLedger.Build()[0].Inspection!);
        await db.SaveChangesAsync();
    }

    private static void AssertSameDigest(DigestReport expected, DigestReport actual)
    {
        Assert.Equal((expected.Period, expected.Today, expected.Totals), (actual.Period, actual.Today, actual.Totals));
        Assert.Equal(expected.Changes.Shown, actual.Changes.Shown);
        Assert.Equal(expected.Changes.ByKind, actual.Changes.ByKind);
        Assert.Equal(
            (expected.Changes.TotalCount, expected.Changes.StatusChanges, expected.Changes.FindingsChanged),
            (actual.Changes.TotalCount, actual.Changes.StatusChanges, actual.Changes.FindingsChanged));
        Assert.Equal(expected.Overdue.Shown, actual.Overdue.Shown);
        Assert.Equal(expected.DueSoon.Shown, actual.DueSoon.Shown);
        Assert.Equal(expected.Stalled.Shown, actual.Stalled.Shown);
        Assert.Equal(
            (expected.Overdue.TotalCount, expected.DueSoon.TotalCount, expected.Stalled.TotalCount),
            (actual.Overdue.TotalCount, actual.DueSoon.TotalCount, actual.Stalled.TotalCount));
        Assert.Equal(expected.Departments, actual.Departments);
        Assert.Equal(
            expected.NextDeadlines.Select(d => (d.Date, d.DaysLeft, string.Join(",", d.FindingNumbers))),
            actual.NextDeadlines.Select(d => (d.Date, d.DaysLeft, string.Join(",", d.FindingNumbers))));
    }
}
