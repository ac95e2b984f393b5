using System.Runtime.CompilerServices;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// What understanding needs from the ledger as it is now: built once per ledger snapshot (the keyword index is the
/// costly part) and kept as long as that snapshot is, so every instance still sees measures another instance added a
/// moment ago.
/// </summary>
internal sealed class RecognitionContextSource(LedgerQueries ledger, RecognitionContextSource.Cache cache)
{
    public async Task<RecognitionContext> CurrentAsync(CancellationToken cancellationToken) =>
        cache.For(await ledger.SnapshotAsync(cancellationToken));

    /// <summary>One context per live snapshot, for the whole process; a snapshot no one holds takes its context with it.</summary>
    internal sealed class Cache
    {
        private readonly ConditionalWeakTable<LedgerSnapshot, RecognitionContext> contexts = [];

        public RecognitionContext For(LedgerSnapshot snapshot) => contexts.GetValue(snapshot, Build);

        private static RecognitionContext Build(LedgerSnapshot snapshot) =>
            new(snapshot.SearchTexts
                .Select(f => new FindingText(f.Number, f.Title, [.. f.MeasureTexts, .. f.NextSteps]))
                .ToList());
    }
}
