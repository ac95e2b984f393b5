using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A progress update in one message: "update 14.3: 已完成班子组建 100%", "update item 14 measure 3 done",
/// 更新第十四项第三条：…, 第14项第3条进展：…, "14.3: …". When finding, measure and something to record are all there,
/// the result is a <see cref="MeasureUpdateIntent"/>; when the message starts like an update but lacks a part or
/// is ambiguous, it is a <see cref="ReportIntent"/> carrying what was understood, so the dialog asks for the rest.
/// </summary>
public sealed partial class UpdateRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChineseMeasure = @"第\s*(?<m>" + NumberPatterns.NumeralRun + @")\s*(条|项措施|个措施|项|点)(措施)?\s*(的)?\s*(进展|进度|情况)?";

    private static readonly Regex[] CompleteForms =
        [DottedWithVerb(), EnglishMeasureWithVerb(), ChineseWithVerb(), ChineseWithColon(), DottedWithColon()];

    public string Name => "measure update";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        foreach (var form in CompleteForms)
        {
            if (form.Match(utterance.Text) is { Success: true } match)
            {
                return FromCompleteForm(match, context.Numbers);
            }
        }

        return IntentPatterns.UpdateVerb().IsMatch(utterance.Text) ? FromPartialForm(utterance.Text, context) : null;
    }

    private static Intent FromCompleteForm(Match match, FindingNumbers numbers)
    {
        var findingText = match.Groups["f"].Value;
        var readable = ChineseNumeral.TryParse(findingText, out var finding);
        if (!readable || !numbers.Contains(finding))
        {
            return OutOfRangeAnswer.For(findingText, readable ? finding : null, numbers);
        }

        var body = UpdateBody.Parse(match.Groups["text"].Value);
        var measureKnown = ChineseNumeral.TryParse(match.Groups["m"].Value, out var measure) && measure >= 1;
        return measureKnown && !body.IsEmpty && !body.IsAmbiguous
            ? new MeasureUpdateIntent(finding, measure, body.Text, body.Percent, body.Completed)
            : new ReportIntent(finding, measureKnown ? measure : null, NullIfEmpty(body.Written));
    }

    private static Intent FromPartialForm(string text, RecognitionContext context)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var said = colon < 0 ? null : NullIfEmpty(text[(colon + 1)..].Trim());
        return FindingNumberParser.Parse(colon < 0 ? text : text[..colon], context.Numbers) switch
        {
            FindingNumberInRange found => new ReportIntent(found.Number, null, said),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => new ReportIntent(null, null, said),
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"^(/update|update|更新)\s*(item\s*|finding\s*|#|第)?(?<f>\d+)\s*[./]\s*(?<m>\d+)(?![\d%])\s*(?<text>.*)$", Options)]
    private static partial Regex DottedWithVerb();

    [GeneratedRegex(@"^(/update|update)\s+(item\s*|finding\s*|#)?(?<f>\d+)\s*,?\s*(measure|step|action|point)\s*#?\s*(?<m>\d+)\b\s*(?<text>.*)$", Options)]
    private static partial Regex EnglishMeasureWithVerb();

    [GeneratedRegex(@"^(我要|我想|请|帮我)?更新\s*第?\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseMeasure + @"\s*(?<text>.*)$", Options)]
    private static partial Regex ChineseWithVerb();

    // Without a verb, only the colon says this is a statement (第14项第3条进展：…), not a question (第14项第3条进展如何).
    [GeneratedRegex(@"^第\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseMeasure + @"\s*:\s*(?<text>.*)$", Options)]
    private static partial Regex ChineseWithColon();

    [GeneratedRegex(@"^(item\s*|#)?(?<f>\d+)\.(?<m>\d+)\s*:\s*(?<text>.*)$", Options)]
    private static partial Regex DottedWithColon();
}
