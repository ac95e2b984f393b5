using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Rounds;

/// <summary>
/// Reads the name of an inspection round (<see cref="RoundReference"/>) from a phrase: "第五轮巡察", "第5轮", "round 2",
/// "2", "2023年的巡察", "市委第三巡察组对市金融局的巡察". Round names only: finding numbers are
/// <see cref="FindingNumberParser"/>'s.
/// </summary>
public static partial class RoundNames
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The phrase as a round's name; null when it names none (empty, or words without 巡察/轮/round/inspection).</summary>
    /// <param name="anyWords">True where the phrase can only be a round's name (after /round), so any words are taken.</param>
    public static RoundReference? Read(string? phrase, bool anyWords = false)
    {
        var text = phrase?.Trim().TrimEnd('?', '.', '!', '。', '？', '！') ?? string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        if (Ordinal().Match(text) is { Success: true } ordinal && ChineseNumeral.TryParse(ordinal.Groups["n"].Value, out var number) && number > 0)
        {
            return new RoundReference(Ordinal: number) { Said = text };
        }

        if (Year().Match(text) is { Success: true } year)
        {
            return new RoundReference(Year: int.Parse(year.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)) { Said = text };
        }

        var words = TrailingRoundWords().Replace(LeadingWords().Replace(text, string.Empty), string.Empty).Trim();
        return words.Length > 0 && (anyWords || RoundWord().IsMatch(text))
            ? new RoundReference(Words: words) { Said = text }
            : null;
    }

    /// <summary>The parts of a name by words: what comes before and after 对 (the group, the unit), or " of ".</summary>
    internal static IReadOnlyList<string> Parts(string words) =>
        [.. PartSeparator().Split(words).Select(part => part.Trim()).Where(part => part.Length > 0)];

    // 第五轮, 第5轮巡察, 五轮, round 2, round #2, the 2nd round, 2 (a bare number is an ordinal: years have four digits).
    [GeneratedRegex(@"^(?:第\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(?:轮|次)(?:巡察)?(?:轮次)?|(?<n>" + NumberPatterns.NumeralRun + @")\s*轮(?:巡察)?|(?:the\s+)?(?:inspection\s+)?round\s*(?:no\.?\s*)?#?\s*(?<n>[0-9]{1,3})|(?:the\s+)?(?<n>[0-9]{1,3})(?:st|nd|rd|th)?(?:\s+(?:inspection\s+)?round)?)$", Options)]
    private static partial Regex Ordinal();

    // 2023年的巡察, 2023年巡察, 2023, the 2023 round, the 2023 inspection.
    [GeneratedRegex(@"^(?:the\s+)?(?<y>(?:19|20)[0-9]{2})\s*(?:年)?(?:的)?(?:巡察|整改)?(?:轮次)?(?:\s+(?:inspection|round))?$", Options)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:the\s+|对)", Options)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"(?:的)?(?:巡察|整改)?(?:轮次|那一?轮|这一?轮)?$|\s+(?:inspection|round)$", Options)]
    private static partial Regex TrailingRoundWords();

    [GeneratedRegex(@"巡察|轮|round|inspection", Options)]
    private static partial Regex RoundWord();

    [GeneratedRegex(@"对|\s+of\s+|\s+inspecting\s+|\s+on\s+", Options)]
    private static partial Regex PartSeparator();
}
