using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Text;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>
/// Finds the reference to a finding number in a message: 第十四项, 第14项, 第十四个问题, 14号, 问题十四, 十四项, item 14,
/// finding #14, no. 14, the 14th item, #14, /status 14, /status@SomeBot 14, a message that starts with the number,
/// or a lone small number in a sentence ("progress on 14?"); in English the number may be written in words (item
/// fourteen, the twenty-ninth finding), and a sign makes it negative (item -3, 第负三项). The patterns are tried in
/// order, most explicit first, so an explicit reference wins over a number that merely appears. A number that is
/// only suffixed (135项, 14号) may be a count rather than a reference: such mentions say so
/// (<see cref="FindingNumberMention.MayBeACount"/>), so a recognizer can prefer the finding whose text it quotes.
/// </summary>
public static partial class FindingNumberParser
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A sign before a number: item -3, 第负三项.
    private const string Sign = "[-−负]";

    private const string SignedNumeralRun = "(" + Sign + @"\s*)?" + NumberPatterns.NumeralRun;

    // What may stand right before a bare numeral without being part of a number the reader cannot see: a numeral
    // character it does not know (幺, 亿), a decimal point or a sign. 十四点五项 or 负三项 is not item 5 or item 3.
    private const string NotAfterNumberParts = @"(?<![点點幺亿億兆负\-−.\d])";

    private static readonly (Regex Pattern, bool MayBeACount)[] PatternsInOrder =
    [
        (CommandArgument(), false),
        (ChineseOrdinal(), false),
        (ProblemThenNumber(), false),
        (NumberThenHao(), true),
        (NumberThenXiang(), true),
        (EnglishMarker(), false),
        (EnglishOrdinal(), false),
        (LeadingNumber(), false),
        (LoneSmallNumber(), false),
    ];

    /// <summary>
    /// Positions in the result refer to <see cref="TextNormalizer.Normalize"/> of <paramref name="text"/>, which is
    /// the text itself when the caller already normalized it.
    /// </summary>
    public static FindingNumberResult Parse(string? text, FindingNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var normalized = TextNormalizer.Normalize(text);
        foreach (var (pattern, mayBeACount) in PatternsInOrder)
        {
            var match = pattern.Match(normalized);
            if (match.Success)
            {
                return Classify(match, numbers) with { MayBeACount = mayBeACount };
            }
        }

        return NoFindingNumber.Instance;
    }

    /// <summary>
    /// The finding a command names right after its verb ("reopen 27: …", 销号12, "sign off item 12", 销号第十二项), else
    /// wherever <see cref="Parse"/> finds one. The argument comes first because a reason or a note after it may hold
    /// numbers of its own ("reopen 27: came back in 3 districts"). <paramref name="verbEnd"/> is a position in the
    /// normalized text.
    /// </summary>
    public static FindingNumberResult ParseAfterVerb(string? text, int verbEnd, FindingNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var normalized = TextNormalizer.Normalize(text);
        var argument = verbEnd >= 0 && verbEnd <= normalized.Length ? VerbArgument().Match(normalized, verbEnd) : Match.Empty;
        return argument.Success ? Classify(argument, numbers) : Parse(normalized, numbers);
    }

    private static FindingNumberMention Classify(Match match, FindingNumbers numbers)
    {
        var raw = match.Groups["n"].Value;
        if (!TryRead(raw, out var value))
        {
            return new FindingNumberUnparseable(raw, match.Index, match.Length);
        }

        return numbers.Contains(value)
            ? new FindingNumberInRange(value, raw, match.Index, match.Length)
            : new FindingNumberOutOfRange(value, raw, match.Index, match.Length);
    }

    /// <summary>The whole token as one number, or nothing: digits or Chinese numerals, English words, a sign.</summary>
    private static bool TryRead(string raw, out int value)
    {
        var signed = LeadingSign().Match(raw);
        var unsigned = raw[signed.Length..];
        var read = ChineseNumeral.TryParse(WithoutOrdinalSuffix(unsigned), out value)
            || EnglishNumeral.TryParse(unsigned, out value);
        value = signed.Success ? -value : value;
        return read;
    }

    private static string WithoutOrdinalSuffix(string raw) => OrdinalSuffix().Replace(raw, "${digits}");

    [GeneratedRegex("^" + Sign + @"\s*", Options)]
    private static partial Regex LeadingSign();

    [GeneratedRegex(@"\G\s*[:：]?\s*(第|(the\s+)?(item|finding|issue|problem)\s*|no\.?\s*|#\s*|问题)?\s*(?<n>" + SignedNumeralRun + "|" + EnglishNumeral.WordRun + @")\s*(项|号|个问题)?(?=$|[\s\p{P}-[%]]|(?<=\d)\p{Lo})", Options)]
    private static partial Regex VerbArgument();

    [GeneratedRegex(@"^(?<digits>\d+)(st|nd|rd|th)$", Options)]
    private static partial Regex OrdinalSuffix();

    // "/status 14", "/reopen 14 reason"; the argument is a number-ish token, so "/status 汉融通" is left to keywords.
    [GeneratedRegex(@"^/[a-z_]+(@\w+)?\s+(?<n>" + Sign + "?" + NumberPatterns.DigitWord + "|" + SignedNumeralRun + "|" + EnglishNumeral.WordRun + @"\b)", Options)]
    private static partial Regex CommandArgument();

    // Whatever stands between 第 and 项/号/个/条 is meant as a number, so 第x项 is reported rather than ignored.
    [GeneratedRegex(@"第\s*(?<n>" + Sign + @"?[\p{L}\p{N}-[第项号个条]]{1,6}?)\s*(项|号|个|条)", Options)]
    private static partial Regex ChineseOrdinal();

    [GeneratedRegex(@"问题\s*(?<n>" + SignedNumeralRun + ")", Options)]
    private static partial Regex ProblemThenNumber();

    [GeneratedRegex(NotAfterNumberParts + "(?<n>" + NumberPatterns.NumeralRun + @")\s*号", Options)]
    private static partial Regex NumberThenHao();

    [GeneratedRegex(NotAfterNumberParts + "(?<n>" + NumberPatterns.NumeralRun + @")\s*项", Options)]
    private static partial Regex NumberThenXiang();

    // Words only after a noun: "no one" is nobody, not item 1.
    [GeneratedRegex(@"(\b(items?|findings?|issues?|problems?|questions?|number|no|nr|num)\b\.?\s*(#\s*)?|#\s*)(?<n>" + Sign + "?" + NumberPatterns.DigitWord + @")|\b(items?|findings?|issues?|problems?|questions?|number)\s+(#\s*)?(?<n>" + EnglishNumeral.WordRun + @")\b", Options)]
    private static partial Regex EnglishMarker();

    [GeneratedRegex(@"\b(?<n>\d+(st|nd|rd|th)|" + EnglishNumeral.WordRun + @")\s+(item|finding|issue|problem|one)\b", Options)]
    private static partial Regex EnglishOrdinal();

    // "14", "十四", "14?", "14 进展" — but not "80% …", "2023年", "一是".
    [GeneratedRegex("^(?<n>" + SignedNumeralRun + @")(?=$|[\s\p{P}-[%]])|^(?<n>" + EnglishNumeral.WordRun + @")[\s?!.]*$", Options)]
    private static partial Regex LeadingNumber();

    // A 1–3 digit number standing alone in a sentence; dates, decimals, times and percentages are not, and
    // neither is a count ("which of the 29 items are open").
    [GeneratedRegex(@"(?<![\w.#/:%-])(?<n>\d{1,3})(?![\w.%:/-])(?!\s+(items|findings|issues|problems)\b)", Options)]
    private static partial Regex LoneSmallNumber();
}
