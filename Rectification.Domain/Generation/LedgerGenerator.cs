using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Import;
using Rectification.Domain.Inspections;
using Rectification.Domain.Storage;
using Rectification.Domain.Storage.Engines;

namespace Rectification.Domain.Generation;

/// <summary>
/// Fills a ledger with generated rounds for measuring the bot at scale (100 rounds × 1,000 findings by default).
/// The rounds are announced a month apart, oldest first, after everything already in the ledger, so the newest
/// generated round becomes the current one. Everything is written in one transaction: a run that fails or is
/// cancelled leaves the ledger as it was.
/// </summary>
public sealed class LedgerGenerator(LedgerDbContext db)
{
    /// <summary>
    /// What the ledger holds beyond the bundled announcement as seeded (its round and Announced entries), which a
    /// generated ledger would be mixed with; null when there is nothing of the kind.
    /// </summary>
    public async Task<LedgerContents?> ForeignContentsAsync(CancellationToken cancellationToken)
    {
        var bundled = BundledAnnouncement.Parse().Inspection;
        var otherRounds = await db.Inspections.CountAsync(
            i => i.InspectionGroup != bundled.InspectionGroup || i.InspectedOrganization != bundled.InspectedOrganization || i.FeedbackDate != bundled.FeedbackDate,
            cancellationToken).ConfigureAwait(false);
        var recordedEntries = await db.ProgressEntries.CountAsync(e => e.Kind != ProgressEntryKind.Announced, cancellationToken).ConfigureAwait(false);
        return otherRounds == 0 && recordedEntries == 0 ? null : new LedgerContents(otherRounds, recordedEntries);
    }

    /// <exception cref="InvalidOperationException">The ledger holds more than the bundled announcement and <see cref="LedgerGenerationOptions.Force"/> is not set.</exception>
    public async Task<LedgerGenerationResult> GenerateAsync(LedgerGenerationOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!options.Force && await ForeignContentsAsync(cancellationToken).ConfigureAwait(false) is { } contents)
        {
            throw new InvalidOperationException($"The ledger already holds {contents}; generating into it needs Force.");
        }

        var texts = GeneratedTexts.FromBundledAnnouncement();
        var random = new Random(options.Seed);
        var firstLabel = await db.Inspections.CountAsync(cancellationToken).ConfigureAwait(false) + 1;
        var round = new GeneratedRound(texts, random, options, now.UtcDateTime);
        var tally = new LedgerGenerationResult();

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await DatabaseEngine.Of(db).PrepareBulkLoadAsync(db, cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            using var writer = RoundWriter.Prepare(db);
            for (var i = 0; i < options.Inspections; i++)
            {
                var inspection = round.NewInspection(age: options.Inspections - 1 - i, label: firstLabel + i);
                tally = tally.Add(await writer.WriteAsync(inspection, round.Findings(inspection), cancellationToken).ConfigureAwait(false));
            }

            await db.RenewRevisionAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return tally;
    }

    /// <summary>The prepared inserts of a round and its children, on one transaction.</summary>
    private sealed class RoundWriter : IDisposable
    {
        private readonly BulkInsert<Inspection> _inspections;
        private readonly BulkInsert<Finding> _findings;
        private readonly BulkInsert<Measure> _measures;
        private readonly BulkInsert<NextStep> _nextSteps;
        private readonly BulkInsert<ProgressEntry> _entries;

        private RoundWriter(LedgerDbContext db)
        {
            _inspections = BulkInsert<Inspection>.Prepare(db, parentKey: null, returnsKey: true);
            _findings = BulkInsert<Finding>.Prepare(db, nameof(Finding.InspectionId), returnsKey: true);
            _measures = BulkInsert<Measure>.Prepare(db, nameof(Measure.FindingId), returnsKey: false);
            _nextSteps = BulkInsert<NextStep>.Prepare(db, nameof(NextStep.FindingId), returnsKey: false);
            _entries = BulkInsert<ProgressEntry>.Prepare(db, nameof(ProgressEntry.FindingId), returnsKey: false);
        }

        public static RoundWriter Prepare(LedgerDbContext db) => new(db);

        public async Task<LedgerGenerationResult> WriteAsync(Inspection inspection, IEnumerable<Finding> findings, CancellationToken cancellationToken)
        {
            var inspectionId = await _inspections.InsertAsync(inspection, null, cancellationToken).ConfigureAwait(false);
            long count = 0, measures = 0, nextSteps = 0, entries = 0;
            foreach (var finding in findings)
            {
                var findingId = await _findings.InsertAsync(finding, inspectionId, cancellationToken).ConfigureAwait(false);
                foreach (var measure in finding.Measures)
                {
                    await _measures.InsertAsync(measure, findingId, cancellationToken).ConfigureAwait(false);
                }

                foreach (var step in finding.NextSteps)
                {
                    await _nextSteps.InsertAsync(step, findingId, cancellationToken).ConfigureAwait(false);
                }

                foreach (var entry in finding.History)
                {
                    await _entries.InsertAsync(entry, findingId, cancellationToken).ConfigureAwait(false);
                }

                (count, measures, nextSteps, entries) = (count + 1, measures + finding.Measures.Count, nextSteps + finding.NextSteps.Count, entries + finding.History.Count);
            }

            return new LedgerGenerationResult(1, count, measures, nextSteps, entries, (int)inspectionId);
        }

        public void Dispose()
        {
            _inspections.Dispose();
            _findings.Dispose();
            _measures.Dispose();
            _nextSteps.Dispose();
            _entries.Dispose();
        }
    }
}

/// <summary>What a ledger holds beyond the bundled announcement.</summary>
public sealed record LedgerContents(int OtherRounds, int RecordedEntries)
{
    public override string ToString() => $"{OtherRounds} other inspection round(s) and {RecordedEntries} recorded history entries";
}

/// <summary>What a generation wrote; <see cref="LastInspectionId"/> is the round that is now current.</summary>
public sealed record LedgerGenerationResult(int Inspections, long Findings, long Measures, long NextSteps, long Entries, int LastInspectionId)
{
    public LedgerGenerationResult()
        : this(0, 0, 0, 0, 0, 0)
    {
    }

    public LedgerGenerationResult Add(LedgerGenerationResult round) => new(
        Inspections + round.Inspections, Findings + round.Findings, Measures + round.Measures, NextSteps + round.NextSteps,
        Entries + round.Entries, round.LastInspectionId);
}
