using Rectification.Domain.Progress;
using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A progress update in one message: "update 14.3: 已完成班子组建 100%", "update item 14 measure 3 done",
/// 更新第十四项第三条：…, 第14项第3条进展：…, "14.3: …", and without verb or colon when the rest states progress:
/// 第14项第3条完成80%, "5.3完成80%", "14.3 done". When finding, measure and something to record are all there, the
/// result is a <see cref="MeasureUpdateIntent"/>; when the message starts like an update but lacks a part or is
/// ambiguous, it is a <see cref="ReportIntent"/> carrying what was understood, so the dialog asks for the rest. A
/// question (第14项第3条完成了吗, 第14项第3条进展如何) is not an update: its rest states nothing.
/// </summary>
public sealed partial class UpdateRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChineseMeasure = @"第?\s*(?<m>" + NumberPatterns.NumeralRun + @")\s*(条|项措施|个措施|项|点)(措施)?\s*(的)?\s*(进展|进度|情况)?";

    private static readonly Regex[] CompleteForms =
        [DottedWithVerb(), EnglishMeasureWithVerb(), ChineseWithVerb(), ChineseWithColon(), DottedWithColon()];

    // Forms without a verb or a colon are updates only when what follows the measure states progress.
    private static readonly Regex[] StatementForms = [ChineseWithStatement(), DottedWithStatement()];

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

        foreach (var form in StatementForms)
        {
            if (form.Match(utterance.Text) is { Success: true } match
                && UpdateBody.Parse(match.Groups["text"].Value).Statement is { Status: not null } or { Problem: not ProgressStatementProblem.None })
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
        return measureKnown && !body.IsEmpty && body.Statement.Problem == ProgressStatementProblem.None
            ? new MeasureUpdateIntent(finding, measure, body.Text, body.Statement.Status, body.Statement.Percent, body.Link)
            : Partial(finding, measureKnown ? measure : null, body);
    }

    private static Intent FromPartialForm(string text, RecognitionContext context)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var body = UpdateBody.Parse(colon < 0 ? null : text[(colon + 1)..]);
        var head = colon < 0 ? text : text[..colon];
        // The verb is taken off first: in 更新13 the number stands right against it.
        var afterVerb = IntentPatterns.UpdateVerb().Match(head) is { Success: true } verb ? head[(verb.Index + verb.Length)..] : head;
        return FindingNumberParser.Parse(afterVerb, context.Numbers) switch
        {
            FindingNumberInRange found => Partial(found.Number, null, body),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => Partial(null, null, body),
        };
    }

    /// <summary>What an incomplete update did say, for the dialog to start from; a statement with a problem gives no status.</summary>
    private static ReportIntent Partial(int? finding, int? measure, UpdateBody body) => new(
        finding,
        measure,
        NullIfEmpty(body.Text),
        body.Statement.Status,
        body.Statement.Percent,
        body.Statement.Problem,
        body.Link);

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

    // 第14项第3条完成80%, 十四项第三条已完成: taken only when the rest states progress (see Recognize).
    [GeneratedRegex(@"^第?\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseMeasure + @"\s*(?<text>.+)$", Options)]
    private static partial Regex ChineseWithStatement();

    // 5.3完成80%, "14.3 done", "item 14.3 60%": likewise.
    [GeneratedRegex(@"^(item\s*|#)?(?<f>\d+)\.(?<m>\d+)(?![\d%])\s*(?<text>.+)$", Options)]
    private static partial Regex DottedWithStatement();
}
