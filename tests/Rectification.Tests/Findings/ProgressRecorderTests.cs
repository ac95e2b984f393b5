using Microsoft.Extensions.Time.Testing;
using Rectification.Domain.Queries;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

using Rectification.Tests.People;

namespace Rectification.Tests.Findings;

public sealed class ProgressRecorderTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    private static Person Someone(PersonRole role, string? department = null) => TestPeople.Microsoft($"{role}-{department}", $"{role}{department}", role, department, At);

    [Fact]
    public async Task Staff_of_the_responsible_department_report_with_the_recorder_time_and_their_identity()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.Assign("综合处", null, null));
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.Authenticated, new FakeTimeProvider(At));
        var staff = Actor.For(Someone(PersonRole.Staff, "综合处"), "msteams");

        var outcome = await recorder.RecordMeasureProgressAsync(staff, 14, 2, MeasureStatus.InProgress, 70, "二是七成", new Evidence("台账.xlsx", null), CancellationToken.None);

        var recorded = Assert.IsType<ProgressRecorded>(outcome);
        Assert.Equal(1, recorded.Attempts);
        var entry = (await ledger.ReadFindingAsync(14)).History.Single(e => e.Id == recorded.Entry.Id);
        Assert.Equal((At, "Staff-综合处", "msteams", "台账.xlsx"), (entry.RecordedAtUtc, entry.AuthorId, entry.Channel, entry.EvidenceName));
    }

    [Fact]
    public async Task A_refusal_saves_nothing_and_carries_the_reason_and_the_finding()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await ledger.ChangeFindingAsync(14, f => f.Assign("综合处", null, null));
        var before = await ledger.ReadFindingAsync(14);
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.Authenticated, new FakeTimeProvider(At));

        var otherDepartment = await recorder.RecordFindingProgressAsync(Actor.For(Someone(PersonRole.Staff, "法规处"), "msteams"), 14, "x", null, CancellationToken.None);
        var unknown = await recorder.RecordFindingProgressAsync(new Actor(null, new ProgressAuthor("u-1", "访客", ProgressSource.Chat, "msteams")), 14, "x", null, CancellationToken.None);
        var staffSigningOff = await recorder.SignOffAsync(Actor.For(Someone(PersonRole.Staff, "综合处"), "msteams"), 14, null, CancellationToken.None);
        var leaderCorrecting = await recorder.CorrectAsync(Actor.For(Someone(PersonRole.Leader), "msteams"), 14, before.History[0].Id, "x", null, null, CancellationToken.None);

        Assert.Equal(RefusalReason.OtherDepartment, Assert.IsType<ProgressRefused>(otherDepartment).Reason);
        Assert.Equal(RefusalReason.UnknownPerson, Assert.IsType<ProgressRefused>(unknown).Reason);
        Assert.Equal(RefusalReason.LeaderRequired, Assert.IsType<ProgressRefused>(staffSigningOff).Reason);
        Assert.Equal(RefusalReason.AdminRequired, Assert.IsType<ProgressRefused>(leaderCorrecting).Reason);
        Assert.Equal(14, Assert.IsType<ProgressRefused>(unknown).Finding.Number);
        var after = await ledger.ReadFindingAsync(14);
        Assert.Equal((before.History.Count, before.Version), (after.History.Count, after.Version));
    }

    [Fact]
    public async Task Unknown_users_report_where_the_rules_allow_it()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.LocalMode, new FakeTimeProvider(At));

        var outcome = await recorder.AddMeasureAsync(new Actor(null, new ProgressAuthor("u-1", "访客", ProgressSource.Chat, "console")), 14, "建立台账", MeasureStatus.NotStarted, null, null, null, CancellationToken.None);

        Assert.Equal(3, Assert.IsType<ProgressRecorded>(outcome).Entry.MeasureOrdinal);
    }

    [Fact]
    public async Task A_broken_rule_comes_back_typed_with_the_finding_as_it_stands()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.Authenticated, new FakeTimeProvider(At));
        var leader = Actor.For(Someone(PersonRole.Leader), "msteams");

        var outcome = await recorder.SignOffAsync(leader, 14, null, CancellationToken.None);

        var broken = Assert.IsType<ProgressRuleBroken>(outcome);
        Assert.Equal([1, 2], Assert.IsType<FindingNotCompletedException>(broken.Rule).OpenMeasureOrdinals);
        Assert.Equal(FindingStatus.InProgress, broken.Finding.Status);
        Assert.Single((await ledger.ReadFindingAsync(14)).History);
    }

    [Fact]
    public async Task A_leader_signs_off_and_reopens_through_the_recorder()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.Authenticated, new FakeTimeProvider(At));
        var leader = Actor.For(Someone(PersonRole.Leader), "msteams");
        await ledger.ChangeFindingAsync(ReferenceRound.CompletedFinding, f => ReferenceRound.BackCompletedWork(f, At));

        Assert.IsType<ProgressRecorded>(await recorder.SignOffAsync(leader, ReferenceRound.CompletedFinding, "同意销号", CancellationToken.None));
        Assert.Equal(FindingStatus.SignedOff, (await ledger.ReadFindingAsync(ReferenceRound.CompletedFinding)).Status);
        var noReason = await recorder.ReopenAsync(leader, ReferenceRound.CompletedFinding, "", CancellationToken.None);
        Assert.IsType<ReopenReasonRequiredException>(Assert.IsType<ProgressRuleBroken>(noReason).Rule);
        Assert.IsType<ProgressRecorded>(await recorder.ReopenAsync(leader, ReferenceRound.CompletedFinding, "反弹回潮", CancellationToken.None));

        var history = (await ledger.ReadFindingAsync(ReferenceRound.CompletedFinding)).History.OrderBy(e => e.Id).ToList();
        Assert.Equal([ProgressEntryKind.Announced, ProgressEntryKind.EvidenceAdded, ProgressEntryKind.EvidenceAdded, ProgressEntryKind.SignOff, ProgressEntryKind.Reopen], history.Select(e => e.Kind));
        Assert.Equal(FindingStatus.InProgress, history[^1].FindingStatusAfter);
    }

    [Fact]
    public async Task An_unknown_finding_number_answers_with_the_numbers_there_are()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.LocalMode, new FakeTimeProvider(At));

        var outcome = await recorder.RecordFindingProgressAsync(Actor.Operator("root"), 99, "x", null, CancellationToken.None);

        var notFound = Assert.IsType<FindingNotFound>(outcome);
        Assert.Equal(Enumerable.Range(1, 29), notFound.Numbers);
    }
}
