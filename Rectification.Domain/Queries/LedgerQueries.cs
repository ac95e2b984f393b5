using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>
/// Read-side questions about one inspection round, answered from the ledger's snapshot (<see cref="LedgerSnapshots"/>):
/// what they return is shared and must not be changed. Callers that change a finding load it through
/// <see cref="LoadFindingForUpdateAsync"/>. The round is the one announced last unless the scope chose another
/// (<see cref="UseRound"/>: a conversation's current round, or one a question names).
/// </summary>
public sealed class LedgerQueries : IDisposable
{
    private readonly LedgerDbContext db;
    private readonly LedgerSnapshots snapshots;
    private LedgerSnapshot? snapshot;

    public LedgerQueries(LedgerDbContext db, LedgerSnapshots snapshots)
    {
        this.db = db;
        this.snapshots = snapshots;
        // Within one turn the snapshot is checked once; a change saved in the turn makes the next read check again.
        db.SavedChanges += ForgetSnapshot;
    }

    /// <summary>The inspection this scope's questions and changes are about; null for the one announced last.</summary>
    public int? Round { get; private set; }

    /// <summary>Makes every later question and change of this scope (one turn) be about <paramref name="inspectionId"/>'s findings.</summary>
    public void UseRound(int? inspectionId)
    {
        if (Round != inspectionId)
        {
            Round = inspectionId;
            snapshot = null;
        }
    }

    /// <summary>Unhooks from the context, which a pool hands to the next turn.</summary>
    public void Dispose() => db.SavedChanges -= ForgetSnapshot;

    /// <summary>The ledger as it is now, checked against the revision once per turn (per scope).</summary>
    public async Task<LedgerSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        snapshot ??= await snapshots.CurrentAsync(db, Round, cancellationToken);

    public async Task<Inspection?> CurrentInspectionAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).Inspection;

    /// <summary>The numbers findings may have in the round (1…29 for the reference round).</summary>
    public async Task<IReadOnlyList<int>> FindingNumbersAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).FindingNumbers;

    public async Task<Finding?> GetFindingAsync(int number, CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).FindFinding(number);

    public Task<Finding?> LoadFindingForUpdateAsync(int number, CancellationToken cancellationToken) =>
        db.Findings.OfRound(Round, db.Inspections).WithDetails().FirstOrDefaultAsync(f => f.Number == number, cancellationToken);

    public async Task<IReadOnlyList<FindingSummary>> ListFindingsAsync(FindingStatusFilter filter, CancellationToken cancellationToken)
    {
        var summaries = (await SnapshotAsync(cancellationToken)).Summaries;
        return filter switch
        {
            FindingStatusFilter.Open => summaries.Where(f => f.Status == FindingStatus.InProgress).ToList(),
            FindingStatusFilter.Completed => summaries.Where(f => f.Status != FindingStatus.InProgress).ToList(),
            FindingStatusFilter.AwaitingSignOff => summaries.Where(f => f.Status == FindingStatus.Completed).ToList(),
            FindingStatusFilter.SignedOff => summaries.Where(f => f.Status == FindingStatus.SignedOff).ToList(),
            _ => summaries,
        };
    }

    public async Task<IReadOnlyList<FindingSearchText>> SearchTextsAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).SearchTexts;

    private void ForgetSnapshot(object? sender, SavedChangesEventArgs e) => snapshot = null;
}
