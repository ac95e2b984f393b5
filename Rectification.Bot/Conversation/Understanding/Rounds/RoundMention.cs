using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Bot.Conversation.Understanding.Text;

namespace Rectification.Bot.Conversation.Understanding.Rounds;

/// <summary>
/// A question that names its round for itself: "第二轮第14项进展如何", "2023年的巡察哪些逾期了", "round 2 item 14",
/// "status of item 14 in round 2". The round is split off, so the rest is understood as any question is, within that
/// round. Only at the start (Chinese, "round N") or after in/of/from/for at the end (English): a report that mentions
/// "第二轮路演" in its text names no round.
/// </summary>
public sealed partial record RoundMention(RoundReference Round, string Remainder)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The round the message names and the message without it; null when it names none.</summary>
    public static RoundMention? Find(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        foreach (var pattern in new[] { ChineseAtStart(), EnglishAtStart(), EnglishAtEnd() })
        {
            if (pattern.Match(normalized) is { Success: true } match
                && RoundNames.Read(match.Groups["round"].Value) is { Words: null } round
                && match.Groups["rest"].Value.Trim() is { Length: > 0 } rest)
            {
                return new RoundMention(round, rest);
            }
        }

        return null;
    }

    /// <summary>A round named anywhere in a message that is about something else ("订阅第二轮的周报", "subscribe to round 2's digest").</summary>
    public static RoundReference? Within(string? text) =>
        Anywhere().Match(TextNormalizer.Normalize(text)) is { Success: true } match ? RoundNames.Read(match.Value) : null;

    [GeneratedRegex(@"第\s*" + NumberPatterns.NumeralRun + @"\s*轮(?:巡察)?|\bround\s+#?[0-9]{1,3}\b|(?:19|20)[0-9]{2}\s*年(?:的)?巡察", Options)]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"^(?:在)?(?<round>第\s*" + NumberPatterns.NumeralRun + @"\s*轮(?:巡察)?|(?:19|20)[0-9]{2}\s*年(?:的)?巡察)\s*(?:的|中|里|中的|里的)?\s*[,，:：]?\s*(?<rest>.+)$", Options)]
    private static partial Regex ChineseAtStart();

    [GeneratedRegex(@"^(?:in\s+)?(?<round>(?:inspection\s+)?round\s+#?[0-9]{1,3})\s*[,:]?\s+(?<rest>.+)$", Options)]
    private static partial Regex EnglishAtStart();

    [GeneratedRegex(@"^(?<rest>.+?)[\s,]+(?:in|of|from|for)\s+(?:the\s+)?(?<round>(?:inspection\s+)?round\s+#?[0-9]{1,3}|(?:19|20)[0-9]{2}\s+(?:inspection|round))\s*[?.!]?$", Options)]
    private static partial Regex EnglishAtEnd();
}
