using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A progress update on a next step (下一步): 第14项下一步1完成, 更新第十四项下一步1：已完成, 第14项下步1进展：…, "update 14 next step
/// 1: done", "14 next step 1 done". With a verb or a colon it is an update whatever follows; without, only when the rest
/// states progress, so 第14项下一步1完成了吗 stays a question. It comes before <see cref="UpdateRecognizer"/>, whose partial
/// form would take "update 14 …" for an update of the finding.
/// </summary>
public sealed partial class NextStepUpdateRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChineseStep = @"(下一步|下步)\s*(第\s*)?(?<s>" + NumberPatterns.NumeralRun + @")?\s*(条|项)?\s*(的)?\s*(进展|进度|情况)?";

    public string Name => "next step update";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var form in (Regex[])[ChineseWithVerbOrColon(), EnglishWithVerbOrColon()])
        {
            if (form.Match(utterance.Text) is { Success: true } match)
            {
                return FromMatch(match, context.Numbers);
            }
        }

        foreach (var form in (Regex[])[ChineseWithStatement(), EnglishWithStatement()])
        {
            if (form.Match(utterance.Text) is { Success: true } match
                && UpdateBody.Parse(match.Groups["text"].Value).Statement is { Status: not null } or { Problem: not ProgressStatementProblem.None })
            {
                return FromMatch(match, context.Numbers);
            }
        }

        return null;
    }

    private static Intent FromMatch(Match match, FindingNumbers numbers)
    {
        var findingText = match.Groups["f"].Value;
        var readable = ChineseNumeral.TryParse(findingText, out var finding);
        if (!readable || !numbers.Contains(finding))
        {
            return OutOfRangeAnswer.For(findingText, readable ? finding : null, numbers);
        }

        int? step = ChineseNumeral.TryParse(match.Groups["s"].Value, out var ordinal) && ordinal >= 1 ? ordinal : null;
        var body = UpdateBody.Parse(match.Groups["text"].Value);
        return body.Statement.Problem == ProgressStatementProblem.None
            ? new NextStepUpdateIntent(finding, step, body.Text, body.Statement.Status, body.Statement.Percent, body.Link)
            : new ReportIntent(finding, Text: body.Text.Length == 0 ? null : body.Text, Problem: body.Statement.Problem, Link: body.Link, NextStepOrdinal: step);
    }

    [GeneratedRegex(@"^((我要|我想|请|帮我)?更新\s*第?\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseStep + @"\s*:?|第?\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseStep + @"\s*:)\s*(?<text>.*)$", Options)]
    private static partial Regex ChineseWithVerbOrColon();

    [GeneratedRegex(@"^((/update|update)\s+(item\s*|finding\s*|#)?(?<f>\d+)\s*,?\s*next\s*step\s*#?\s*(?<s>\d+)?\b\s*:?|(item\s*|#)?(?<f>\d+)\s*,?\s*next\s*step\s*#?\s*(?<s>\d+)?\s*:)\s*(?<text>.*)$", Options)]
    private static partial Regex EnglishWithVerbOrColon();

    [GeneratedRegex(@"^第?\s*(?<f>" + NumberPatterns.NumeralRun + @")\s*(项|号)\s*(的)?\s*" + ChineseStep + @"\s*(?<text>.+)$", Options)]
    private static partial Regex ChineseWithStatement();

    [GeneratedRegex(@"^(item\s*|#)?(?<f>\d+)\s*,?\s*next\s*step\s*#?\s*(?<s>\d+)?\b\s*(?<text>.+)$", Options)]
    private static partial Regex EnglishWithStatement();
}
