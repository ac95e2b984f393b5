using Rectification.Bot.Conversation.Understanding.Keywords;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// What understanding needs to know about the ledger: which finding numbers exist and the words of each finding.
/// Built once from the findings (and again when they change); immutable, so shared by all turns.
/// </summary>
public sealed class RecognitionContext
{
    public RecognitionContext(IReadOnlyCollection<FindingText> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Numbers = new FindingNumbers(findings.Select(f => f.Number));
        Keywords = new KeywordIndex(findings);
    }

    public FindingNumbers Numbers { get; }

    public KeywordIndex Keywords { get; }
}
