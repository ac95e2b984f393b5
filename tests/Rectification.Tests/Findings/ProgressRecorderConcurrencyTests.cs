using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rectification.Domain.Queries;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Xunit.Abstractions;

namespace Rectification.Tests.Findings;

/// <summary>Two people updating the same measure at the same moment, on one real SQLite file: no update is lost.</summary>
public sealed class ProgressRecorderConcurrencyTests(ITestOutputHelper output)
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Alice = new("staff-a", "李四", ProgressSource.Chat, "msteams");
    private static readonly ProgressAuthor Bob = new("staff-b", "赵六", ProgressSource.Chat, "telegram");

    [Fact]
    public async Task A_save_based_on_a_stale_read_is_retried_on_the_new_state_and_both_updates_land()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.LocalMode, new FakeTimeProvider(At));
        var calls = 0;

        // Step 1: Alice's recorder has read the finding. Step 2: Bob saves his update through another context.
        // Step 3: Alice's save fails on the stale version; the recorder reads again and redoes her change.
        var outcome = await recorder.ApplyAsync(14, _ => PolicyDecision.Allowed, (finding, now) =>
        {
            if (++calls == 1)
            {
                SaveOnTheSide(ledger, f => f.RecordMeasureProgress(1, MeasureStatus.InProgress, 30, "赵六：一是三成", Bob, At));
            }

            return finding.RecordMeasureProgress(1, MeasureStatus.InProgress, 60, "李四：一是六成", Alice, now);
        }, CancellationToken.None);

        var recorded = Assert.IsType<ProgressRecorded>(outcome);
        Assert.Equal(2, recorded.Attempts);
        Assert.Equal(2, calls);

        var finding = await ledger.ReadFindingAsync(14);
        var entries = finding.History.Where(e => e.MeasureOrdinal == 1).OrderBy(e => e.Id).ToList();
        Assert.Equal(["赵六：一是三成", "李四：一是六成"], entries.Select(e => e.Description));
        Assert.Null(entries[0].PercentBefore);
        Assert.Equal(30, entries[0].PercentAfter);
        Assert.Equal((30, 60), (entries[1].PercentBefore!.Value, entries[1].PercentAfter!.Value));
        Assert.Equal(60, finding.FindMeasure(1)!.PercentComplete);
    }

    [Fact]
    public async Task Two_recorders_racing_on_the_same_measure_never_lose_an_update()
    {
        const int Rounds = 12;
        await using var ledger = await TestLedger.CreateAsync();
        var initialVersion = (await ledger.ReadFindingAsync(14)).Version;
        var attempts = new List<int>();

        for (var round = 0; round < Rounds; round++)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var percent = round * 4;
            var alice = Task.Run(() => ReportAsync(ledger, gate.Task, Alice, percent + 1));
            var bob = Task.Run(() => ReportAsync(ledger, gate.Task, Bob, percent + 2));
            gate.SetResult();
            var outcomes = await Task.WhenAll(alice, bob);
            attempts.AddRange(outcomes.Select(o => Assert.IsType<ProgressRecorded>(o).Attempts));
        }

        var finding = await ledger.ReadFindingAsync(14);
        var entries = finding.History.Where(e => e.MeasureOrdinal == 1).OrderBy(e => e.Id).ToList();
        Assert.Equal(2 * Rounds, entries.Count);
        Assert.Equal(Rounds, entries.Count(e => e.AuthorName == "李四"));
        Assert.Equal(Rounds, entries.Count(e => e.AuthorName == "赵六"));

        // Every entry starts where the one before it ended: no update overwrote another unseen.
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].PercentAfter, entries[i].PercentBefore);
        }

        Assert.Equal(entries[^1].PercentAfter, finding.FindMeasure(1)!.PercentComplete);
        Assert.True(finding.Version >= initialVersion + (2 * Rounds));
        Assert.All(attempts, a => Assert.InRange(a, 1, 2));
        output.WriteLine($"{attempts.Count(a => a > 1)} of {attempts.Count} updates were retried after a conflict.");
    }

    [Fact]
    public async Task When_others_keep_changing_the_finding_the_recorder_gives_up_with_the_latest_state_and_saves_nothing()
    {
        await using var ledger = await TestLedger.CreateAsync();
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.LocalMode, new FakeTimeProvider(At));
        var interruptions = 0;

        var outcome = await recorder.ApplyAsync(14, _ => PolicyDecision.Allowed, (finding, now) =>
        {
            var percent = ++interruptions * 10;
            SaveOnTheSide(ledger, f => f.RecordMeasureProgress(2, MeasureStatus.InProgress, percent, $"赵六：二是{percent}%", Bob, At));
            return finding.RecordMeasureProgress(1, MeasureStatus.Completed, null, "李四：一是完成", Alice, now);
        }, CancellationToken.None);

        var meanwhile = Assert.IsType<ChangedMeanwhile>(outcome);
        Assert.Equal(ProgressRecorder.MaxAttempts, meanwhile.Attempts);
        Assert.Equal(ProgressRecorder.MaxAttempts, interruptions);
        Assert.Equal(ProgressRecorder.MaxAttempts * 10, meanwhile.Latest.FindMeasure(2)!.PercentComplete);
        var finding = await ledger.ReadFindingAsync(14);
        Assert.DoesNotContain(finding.History, e => e.AuthorName == "李四");
        Assert.Equal(MeasureStatus.InProgress, finding.FindMeasure(1)!.Status);
    }

    private static async Task<ProgressOutcome> ReportAsync(TestLedger ledger, Task gate, ProgressAuthor author, int percent)
    {
        await gate;
        await using var db = ledger.Open();
        var recorder = new ProgressRecorder(db, new LedgerQueries(db, new LedgerSnapshots()), ReportingRules.LocalMode, TimeProvider.System);
        var actor = new Actor(null, author);
        return await recorder.RecordMeasureProgressAsync(actor, 14, 1, MeasureStatus.InProgress, percent, $"{author.Name}：一是{percent}%", null, CancellationToken.None);
    }

    /// <summary>Another request's write, completed while the recorder under test is between its read and its save.</summary>
    private static void SaveOnTheSide(TestLedger ledger, Action<Finding> change)
    {
        using var other = ledger.Open();
        var finding = other.Findings.Include(f => f.Measures).Include(f => f.History).Single(f => f.Number == 14);
        change(finding);
        other.SaveChanges();
    }
}
