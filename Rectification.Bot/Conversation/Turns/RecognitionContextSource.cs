using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// Builds what understanding needs from the ledger as it is now. Read per turn, not cached, so every bot
/// instance sees measures another instance added a moment ago.
/// </summary>
internal sealed class RecognitionContextSource(LedgerQueries ledger)
{
    public async Task<RecognitionContext> CurrentAsync(CancellationToken cancellationToken)
    {
        var findings = await ledger.SearchTextsAsync(cancellationToken);
        return new RecognitionContext(findings
            .Select(f => new FindingText(f.Number, f.Title, [.. f.MeasureTexts, .. f.NextSteps]))
            .ToList());
    }
}
