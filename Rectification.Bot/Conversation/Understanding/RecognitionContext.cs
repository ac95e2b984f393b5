using Rectification.Bot.Conversation.Understanding.Keywords;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Bot.Conversation.Understanding.Text;

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
        _findingWords = [.. findings.Select(f => (f.Number, Words: string.Join('\n', f.Details.Prepend(f.Title).Select(TextNormalizer.Normalize))))];
    }

    private readonly (int Number, string Words)[] _findingWords;

    public FindingNumbers Numbers { get; }

    public KeywordIndex Keywords { get; }

    /// <summary>
    /// Whether a finding's own words hold this fragment of a (normalized) message, as "135项" stands in 汉融通's
    /// measures: quoted, it is a count of that finding's, not the number of another.
    /// </summary>
    public bool IsQuotedFromAFinding(string fragment) => FindingsQuoting(fragment).Count > 0;

    /// <summary>The findings whose own words hold this fragment of a (normalized) message, in number order.</summary>
    public IReadOnlyList<int> FindingsQuoting(string fragment) => fragment.Length == 0
        ? []
        : [.. _findingWords.Where(f => f.Words.Contains(fragment, StringComparison.Ordinal)).Select(f => f.Number).Order()];
}
