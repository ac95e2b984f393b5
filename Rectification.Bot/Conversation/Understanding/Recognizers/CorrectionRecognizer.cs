using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A correction of the latest entry: 更正第14项第3条：…, 更正第十四项下一步1：…, 更正第14项：… (the finding as a whole), 更正14.3：…,
/// "correct 14.3: …", "/correct 14 next step 1: …", "correct item 14: …". The verb and a colon (or, after a dotted number,
/// a space) are both needed, so 更正 inside a sentence ("已更正台账") is not a correction.
/// </summary>
public sealed partial class CorrectionRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Numeral = NumberPatterns.NumeralRun;

    public string Name => "correction";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(context);
        var match = Chinese().Match(utterance.Text) is { Success: true } chinese ? chinese : English().Match(utterance.Text);
        if (!match.Success)
        {
            return null;
        }

        var findingText = match.Groups["f"].Value;
        var readable = ChineseNumeral.TryParse(findingText, out var finding);
        if (!readable || !context.Numbers.Contains(finding))
        {
            return OutOfRangeAnswer.For(findingText, readable ? finding : null, context.Numbers);
        }

        var body = UpdateBody.Parse(match.Groups["text"].Value);
        return new CorrectionIntent(finding, Ordinal(match.Groups["m"]), Ordinal(match.Groups["s"]), body.Text, body.Statement.Status, body.Statement.Percent, body.Statement.Problem);
    }

    private static int? Ordinal(Group group) => group.Success && ChineseNumeral.TryParse(group.Value, out var ordinal) && ordinal >= 1 ? ordinal : null;

    [GeneratedRegex(@"^(我要|请|帮我)?更正\s*(第\s*(?<f>" + Numeral + @")\s*(项|号)\s*(的)?\s*(第\s*(?<m>" + Numeral + @")\s*(条|项措施|个措施|点)(措施)?|(下一步|下步)\s*(?<s>" + Numeral + @"))?|(?<f>\d+)\.(?<m>\d+))\s*(的)?\s*(记录|进展)?\s*:\s*(?<text>.+)$", Options)]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^/?correct\s+(item\s*|finding\s*|#)?((?<f>\d+)\.(?<m>\d+)|(?<f>\d+)(\s*,?\s*(measure\s*#?\s*(?<m>\d+)|next\s*step\s*#?\s*(?<s>\d+)))?)\b\s*:?\s*(?<text>.+)$", Options)]
    private static partial Regex English();
}
