using System.Globalization;
using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Numerals;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// "Due within N working days": 3个工作日内到期的问题, 哪些问题五个工作日内到期, "what is due within 5 working days". Its number
/// counts working days, not a finding, so this row comes before the finding-number rows that would take "3" for item 3.
/// </summary>
public sealed partial class DueWithinRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] EnglishNumbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public string Name => "due within working days";

    public Intent? Recognize(Utterance utterance, RecognitionContext context) =>
        DueWithin().Match(utterance.Core) is { Success: true } within && WorkingDays(within.Groups["days"].Value) is { } days
            ? new SupervisionListIntent(SupervisionFilter.DueWithin, days)
            : null;

    private static int? WorkingDays(string words) =>
        int.TryParse(words, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
        : ChineseNumeral.TryParse(words, out var chinese) ? chinese
        : Array.IndexOf(EnglishNumbers, words.ToLowerInvariant()) is var index and >= 0 ? index + 1
        : null;

    // 3个工作日内到期的问题, 近两个工作日要到期的, "due within 5 working days", "due in the next three business days".
    [GeneratedRegex(@"(?<days>\d{1,3}|[零〇一二两三四五六七八九十百]{1,4})个?工作日(以|之)?内(要|就|将)?(到期|截止|到时限)|(近|未来|接下来的?)(?<days>\d{1,3}|[零〇一二两三四五六七八九十百]{1,4})个?工作日(内)?(要|就|将)?(到期|截止)|\bdue\s+(with)?in\s+(the\s+next\s+)?(?<days>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(working|business|work)\s+days?\b", Options)]
    private static partial Regex DueWithin();
}
