using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Text;

namespace Rectification.Bot.Conversation.Understanding.Keywords;

/// <summary>
/// Splits text into the terms keyword matching compares. Chinese is written without spaces, so a run of
/// ideographs becomes its overlapping character pairs (汉融通 → 汉融, 融通); pairs holding a grammatical particle
/// (的问, 一是, 与各) say nothing about the topic and are dropped. English becomes lower-case words, minus the
/// words every question has. English topic names are read as the findings' Chinese words first
/// (<see cref="KeywordGlossary"/>). One ideograph alone gives no term: keywords need two.
/// </summary>
public static partial class KeywordTerms
{
    private const string FunctionCharacters = "的了和与及等是在对将为把并或之其";

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "the", "of", "on", "in", "is", "are", "was", "what", "whats", "about", "for", "and", "to", "an", "how",
        "any", "with", "me", "please", "show", "tell", "status", "progress", "item", "items", "finding",
        "findings", "issue", "issues", "problem", "problems", "which", "that", "this", "it", "its", "there",
        "one", "ones", "going", "doing", "thing", "coming", "along", "happening", "news", "update", "updates", "now",
    };

    public static IEnumerable<string> Extract(string text)
    {
        var normalized = KeywordGlossary.Translate(TextNormalizer.Normalize(text).ToLowerInvariant());
        return ChineseBigrams(normalized).Concat(EnglishWords(normalized));
    }

    private static IEnumerable<string> ChineseBigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var (first, second) = (text[i], text[i + 1]);
            if (CjkText.IsIdeograph(first) && CjkText.IsIdeograph(second)
                && !FunctionCharacters.Contains(first, StringComparison.Ordinal)
                && !FunctionCharacters.Contains(second, StringComparison.Ordinal))
            {
                yield return string.Concat(first, second);
            }
        }
    }

    private static IEnumerable<string> EnglishWords(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => !EnglishStopWords.Contains(w));

    [GeneratedRegex("[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
