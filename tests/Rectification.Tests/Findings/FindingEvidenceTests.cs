using Rectification.Domain.Findings;

namespace Rectification.Tests.Findings;

/// <summary>Evidence added after the fact: a new entry that names the entry it backs; the backed entry is never edited.</summary>
public sealed class FindingEvidenceTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Staff = new("staff-1", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Admin = new("admin-1", "王五", ProgressSource.Administration, "msteams");
    private static readonly Evidence Minutes = new("会议纪要", "https://example.org/m.pdf");

    [Fact]
    public async Task EvidenceBacksTheLatestCurrentEntryOfTheMeasureAndLeavesItAsItWas()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(2, MeasureStatus.InProgress, 40, "考察", Staff, At));
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(1, MeasureStatus.Completed, null, "一是完成", Staff, At.AddHours(1)));
        var backed = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Description == "考察");

        await ledger.ChangeFindingAsync(14, f => f.AddEvidence(2, Minutes, Staff, At.AddHours(2)));

        var finding = await ledger.ReadFindingAsync(14);
        var added = finding.History.Single(e => e.Kind == ProgressEntryKind.EvidenceAdded);
        Assert.Equal((backed.Id, 2, Finding.EvidenceAddedDescription), (added.EvidenceForEntryId!.Value, added.MeasureOrdinal!.Value, added.Description));
        Assert.Null(added.MeasureStatusAfter);
        var original = finding.History.Single(e => e.Id == backed.Id);
        Assert.Null(original.EvidenceUrl);
        Assert.Equal([Minutes], finding.EvidenceOf(original));
    }

    [Fact]
    public async Task AMeasureNobodyReportedOnIsBackedByTheAnnouncementAndAnUnknownMeasureIsRefused()
    {
        await using var ledger = await TestLedger.CreateAsync();
        var announced = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Kind == ProgressEntryKind.Announced);

        Assert.Equal(announced.Id, (await ledger.ReadFindingAsync(14)).EvidenceTarget(1)!.Id);
        var finding = await ledger.ReadFindingAsync(14);
        Assert.Throws<MeasureNotFoundException>(() => finding.AddEvidence(9, Minutes, Staff, At));
    }

    [Fact]
    public async Task EvidenceOnACorrectedEntryBacksTheCorrectionAndAnEvidenceEntryCannotBeCorrected()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.RecordMeasureProgress(2, MeasureStatus.InProgress, 40, "考察", Staff, At));
        var wrong = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Description == "考察").Id;
        await ledger.ChangeFindingAsync(14, f => f.Correct(wrong, "更正：考察完成", Admin, At.AddHours(1)));
        var correction = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Kind == ProgressEntryKind.Correction).Id;

        await ledger.ChangeFindingAsync(14, f => f.AddEvidence(2, Minutes, Staff, At.AddHours(2)));

        var finding = await ledger.ReadFindingAsync(14);
        var added = finding.History.Single(e => e.Kind == ProgressEntryKind.EvidenceAdded);
        Assert.Equal(correction, added.EvidenceForEntryId);
        Assert.Throws<EntryNotCorrectableException>(() => finding.Correct(added.Id, "x", Admin, At.AddHours(3)));
    }
}
