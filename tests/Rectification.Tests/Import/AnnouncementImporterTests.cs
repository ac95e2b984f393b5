using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

public sealed class AnnouncementImporterTests
{
    private static readonly LedgerCounts RealAnnouncementCounts = new(1, 29, 79, 4, 29);

    [Fact]
    public async Task Import_creates_the_inspection_and_its_29_findings()
    {
        using var ledger = await TemporaryLedger.CreateAsync();

        var result = await ImportAsync(ledger, RealAnnouncement.Parsed);

        Assert.Equal(new ImportResult(result.InspectionId, true, 29, 0, 79, 4), result);
        Assert.Equal(RealAnnouncementCounts, await ledger.CountAsync());
    }

    [Fact]
    public async Task Imported_inspection_carries_the_published_metadata()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);

        await using var db = ledger.Open();
        var inspection = await db.Inspections.SingleAsync();

        Assert.Equal("市委第六巡察组", inspection.InspectionGroup);
        Assert.Equal("中共武汉市委金融委员会办公室", inspection.InspectedOrganization);
        Assert.Equal((new DateOnly(2023, 7, 13), new DateOnly(2023, 8, 31)), (inspection.PeriodStart, inspection.PeriodEnd));
        Assert.Equal(new DateOnly(2023, 10, 16), inspection.FeedbackDate);
        Assert.Equal(new DateOnly(2024, 6, 18), inspection.AnnouncementDate);
    }

    [Fact]
    public async Task Imported_statuses_follow_the_announcement_rule()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);

        await using var db = ledger.Open();
        var inProgress = await db.Findings.Where(f => f.Status == FindingStatus.InProgress).OrderBy(f => f.Number).Select(f => f.Number).ToListAsync();
        var openMeasures = await db.Findings.SelectMany(f => f.Measures.Where(m => m.Status == MeasureStatus.InProgress)).CountAsync();

        Assert.Equal([4, 5, 10, 13, 14, 18, 27], inProgress);
        Assert.Equal(4, openMeasures);
    }

    [Fact]
    public async Task Each_finding_gets_one_Announced_entry_by_the_publisher_on_the_announcement_date()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);

        await using var db = ledger.Open();
        var entries = await db.ProgressEntries.ToListAsync();

        Assert.Equal(29, entries.Select(e => e.FindingId).Distinct().Count());
        Assert.All(entries, entry =>
        {
            Assert.Equal(ProgressEntryKind.Announced, entry.Kind);
            Assert.Equal(ProgressSource.Announcement, entry.Source);
            Assert.Equal(RealAnnouncement.Parsed.Publisher, entry.AuthorName);
            Assert.Equal(new DateTime(2024, 6, 18, 0, 0, 0, DateTimeKind.Utc), entry.RecordedAtUtc);
            Assert.StartsWith("2024年6月18日公布整改进展", entry.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Importing_again_creates_nothing_new()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        var first = await ImportAsync(ledger, RealAnnouncement.Parsed);

        var second = await ImportAsync(ledger, RealAnnouncement.Parsed);

        Assert.Equal(new ImportResult(first.InspectionId, false, 0, 29, 0, 0), second);
        Assert.False(second.ChangedAnything);
        Assert.Equal(RealAnnouncementCounts, await ledger.CountAsync());
    }

    [Fact]
    public async Task Importing_again_adds_only_the_findings_that_are_missing()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed with { Findings = RealAnnouncement.Parsed.Findings.RemoveAt(28) });

        var second = await ImportAsync(ledger, RealAnnouncement.Parsed);

        Assert.Equal((false, 1, 28, 2, 0), (second.InspectionCreated, second.FindingsCreated, second.FindingsSkipped, second.MeasuresCreated, second.NextStepsCreated));
        Assert.Equal(RealAnnouncementCounts, await ledger.CountAsync());
    }

    [Fact]
    public async Task Progress_reported_after_the_import_survives_importing_again()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);
        await RecordProgressAsync(ledger, findingNumber: 18, measureOrdinal: 3, MeasureStatus.Completed, percent: null);
        await RecordProgressAsync(ledger, findingNumber: 4, measureOrdinal: 1, MeasureStatus.InProgress, percent: 60);

        await ImportAsync(ledger, RealAnnouncement.Parsed);

        var eighteen = await LoadFindingAsync(ledger, 18);
        Assert.Equal(FindingStatus.Completed, eighteen.Status);
        Assert.Equal((MeasureStatus.Completed, 100), (eighteen.Measures[2].Status, eighteen.Measures[2].PercentComplete));
        Assert.Equal([ProgressEntryKind.Announced, ProgressEntryKind.Progress], eighteen.History.OrderBy(e => e.Id).Select(e => e.Kind));
        var four = await LoadFindingAsync(ledger, 4);
        Assert.Equal((MeasureStatus.InProgress, 60), (four.Measures[0].Status, four.Measures[0].PercentComplete));
        Assert.Equal(RealAnnouncementCounts with { HistoryEntries = 31 }, await ledger.CountAsync());
    }

    [Fact]
    public async Task A_later_announcement_of_the_same_inspection_updates_measures_as_new_entries_of_the_announcement()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);

        var result = await ImportAsync(ledger, LaterAnnouncement(finding: 18, measure: 3, MeasureStatus.Completed, addMeasureTo: 4));

        Assert.Equal((false, true, 29, 2), (result.InspectionCreated, result.LaterAnnouncement, result.FindingsSkipped, result.MeasuresUpdated));
        var eighteen = await LoadFindingAsync(ledger, 18);
        Assert.Equal(MeasureStatus.Completed, eighteen.Measures[2].Status);
        var entry = eighteen.History.MaxBy(e => e.Id)!;
        Assert.Equal((ProgressEntryKind.Progress, ProgressSource.Announcement, 3, LaterDate), (entry.Kind, entry.Source, entry.MeasureOrdinal, DateOnly.FromDateTime(entry.RecordedAtUtc)));
        var four = await LoadFindingAsync(ledger, 4);
        Assert.Equal("新增的整改措施", four.Measures[^1].Text);
        await using var db = ledger.Open();
        Assert.Equal(LaterDate, (await db.Inspections.SingleAsync()).AnnouncementDate);
        Assert.Equal(RealAnnouncementCounts with { Measures = 80, HistoryEntries = 31 }, await ledger.CountAsync());
    }

    [Fact]
    public async Task A_later_announcement_never_overwrites_what_people_reported_and_reading_it_again_changes_nothing()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await ImportAsync(ledger, RealAnnouncement.Parsed);
        await RecordProgressAsync(ledger, findingNumber: 18, measureOrdinal: 3, MeasureStatus.InProgress, percent: 40);
        var later = LaterAnnouncement(finding: 18, measure: 3, MeasureStatus.Completed, addMeasureTo: null);

        var first = await ImportAsync(ledger, later);
        var again = await ImportAsync(ledger, later);

        Assert.Equal((true, 0), (first.LaterAnnouncement, first.MeasuresUpdated));
        Assert.Equal((false, 0), (again.LaterAnnouncement, again.MeasuresUpdated));
        Assert.False(again.ChangedAnything);
        var eighteen = await LoadFindingAsync(ledger, 18);
        Assert.Equal((MeasureStatus.InProgress, 40), (eighteen.Measures[2].Status, eighteen.Measures[2].PercentComplete));
        Assert.Equal(RealAnnouncementCounts with { HistoryEntries = 30 }, await ledger.CountAsync());
    }

    [Fact]
    public async Task Bundled_announcement_imports_like_the_parsed_text()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();

        var result = await new AnnouncementImporter(db).ImportBundledAsync();

        Assert.Equal((true, 29, 79, 4), (result.InspectionCreated, result.FindingsCreated, result.MeasuresCreated, result.NextStepsCreated));
    }

    [Fact]
    public async Task Import_refuses_a_context_holding_unrelated_unsaved_changes()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();
        db.Inspections.Add(new Domain.Inspections.Inspection("组", "单位", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new AnnouncementImporter(db).ImportAsync(RealAnnouncement.Parsed));
    }

    private static readonly DateOnly LaterDate = new(2024, 12, 18);

    /// <summary>The real announcement as published again later: one measure's status changed, one finding given a new measure.</summary>
    private static ParsedAnnouncement LaterAnnouncement(int finding, int measure, MeasureStatus status, int? addMeasureTo)
    {
        var parsed = RealAnnouncement.Parsed;
        var findings = parsed.Findings.Select(f =>
        {
            var measures = f.Number == finding
                ? f.Measures.Select(m => m.Ordinal == measure ? m with { Status = status } : m).ToImmutableArray()
                : f.Measures;
            return f.Number == addMeasureTo
                ? f with { Measures = measures.Add(new ParsedMeasure(measures.Length + 1, "新增的整改措施", MeasureStatus.InProgress)) }
                : f with { Measures = measures };
        });
        return parsed with { Inspection = parsed.Inspection with { AnnouncementDate = LaterDate }, Findings = [.. findings] };
    }

    private static async Task<ImportResult> ImportAsync(TemporaryLedger ledger, ParsedAnnouncement announcement)
    {
        await using var db = ledger.Open();
        return await new AnnouncementImporter(db).ImportAsync(announcement);
    }

    private static async Task RecordProgressAsync(TemporaryLedger ledger, int findingNumber, int measureOrdinal, MeasureStatus status, int? percent)
    {
        await using var db = ledger.Open();
        var finding = await db.Findings.Include(f => f.Measures).Include(f => f.History).SingleAsync(f => f.Number == findingNumber);
        var author = new ProgressAuthor("user-1", "张三", ProgressSource.Chat, "msteams");
        finding.RecordMeasureProgress(measureOrdinal, status, percent, "已按计划推进", author, new DateTime(2024, 7, 1, 2, 0, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync();
    }

    private static async Task<Finding> LoadFindingAsync(TemporaryLedger ledger, int number)
    {
        await using var db = ledger.Open();
        return await db.Findings
            .Include(f => f.Measures.OrderBy(m => m.Ordinal))
            .Include(f => f.History)
            .SingleAsync(f => f.Number == number);
    }
}
