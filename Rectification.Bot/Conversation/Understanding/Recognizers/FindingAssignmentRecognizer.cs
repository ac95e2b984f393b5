using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// An administrator's request about a finding, in plain words: its deadline (第五项的完成时限改为2024年12月31日, "set
/// the deadline of item 5 to 2024-12-31") or its responsibility (分配第十三项 科技金融处 李局长 2024-12-31, 让科技金融处负责
/// 第五项, "assign item 13 to 科技金融处"). The finding must be named; a number that does not exist gets the
/// out-of-range answer. A missing or unreadable date, or a missing department, is left null for the answer to ask.
/// </summary>
public sealed partial class FindingAssignmentRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "assignment request";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(context);
        if (Question().IsMatch(utterance.Core))
        {
            return null; // 第五项由哪个处室负责, 第五项为什么延期到现在: asked about, not asked for
        }

        return Deadline(utterance.Core, context) ?? Assignment(utterance.Core, context);
    }

    private static Intent? Deadline(string text, RecognitionContext context)
    {
        foreach (var pattern in DeadlinePatterns)
        {
            if (pattern.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var (findingText, measure) = SplitMeasure(match.Groups["finding"].Value);
            var deadline = DeadlineMentions.Parse(match.Groups["date"].Value);
            if ((pattern != KindOnly() || deadline is not null) && Finding(findingText, context) is { } finding)
            {
                return finding.Intent ?? new SetDeadlineRequestIntent(finding.Number, deadline, measure);
            }
        }

        return null;
    }

    /// <summary>"第5项第2条", "5.2", "item 5 measure 2": the finding's part and the measure's ordinal; the text as it is when it names no measure.</summary>
    private static (string Finding, int? Measure) SplitMeasure(string text)
    {
        if (Dotted().Match(text) is { Success: true } dotted)
        {
            return (text[..dotted.Index] + dotted.Groups["f"].Value + text[(dotted.Index + dotted.Length)..],
                int.Parse(dotted.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return MeasureWords().Match(text) is { Success: true } measured && ChineseNumeral.TryParse(measured.Groups["m"].Value, out var ordinal)
            ? (text.Remove(measured.Index, measured.Length), ordinal)
            : (text, null);
    }

    private static Intent? Assignment(string text, RecognitionContext context)
    {
        var named = DepartmentFirst().Match(text);
        named = named.Success ? named : DepartmentLast().Match(text);
        if (named.Success)
        {
            return Finding(named.Groups["finding"].Value, context) is { } finding
                ? finding.Intent ?? new AssignRequestIntent(finding.Number, named.Groups["dept"].Value.Trim(), null, null)
                : null;
        }

        foreach (var pattern in AssignPatterns)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return Assigned(match.Groups["finding"].Value, match.Groups["rest"].Value, context);
            }
        }

        return null;
    }

    /// <summary>"第十三项 科技金融处 李局长 2024-12-31" (the finding given apart, or inside the rest): department, leader, date.</summary>
    private static Intent? Assigned(string findingText, string rest, RecognitionContext context)
    {
        DateOnly? deadline = null;
        if (DateMentions.Find(rest) is { } date)
        {
            deadline = date.Date;
            rest = rest.Remove(date.Start, date.Length);
        }

        if (findingText.Length == 0)
        {
            var mention = FindingNumberParser.Parse(rest, context.Numbers);
            if (mention is FindingNumberMention found)
            {
                findingText = rest.Substring(found.Start, found.Length);
                rest = rest.Remove(found.Start, found.Length);
            }
        }

        if (Finding(findingText, context) is not { } finding)
        {
            return null;
        }

        var words = Separator().Split(rest).Select(w => Label().Replace(w, string.Empty).Trim()).Where(w => w.Length > 0).ToList();
        return finding.Intent ?? (words.Count <= 2
            ? new AssignRequestIntent(finding.Number, words.ElementAtOrDefault(0), words.ElementAtOrDefault(1), deadline)
            : new AssignRequestIntent(finding.Number, null, null, deadline));
    }

    /// <summary>The finding a part of the message names: its number, or the out-of-range answer; null when it names none.</summary>
    private static (int Number, Intent? Intent)? Finding(string text, RecognitionContext context) =>
        FindingNumberParser.Parse(text, context.Numbers) switch
        {
            FindingNumberInRange found => (found.Number, null),
            FindingNumberMention wrong => (0, OutOfRangeAnswer.For(wrong, context.Numbers)),
            _ => null,
        };

    private static Regex[] DeadlinePatterns { get; } = [ChineseDeadline(), ChinesePostpone(), EnglishDeadlineOf(), EnglishDeadlineOwn(), EnglishPostpone(), KindOnly()];

    /// <summary>第5项第2条长期坚持，2025-06-30复查, 第五项立行立改: a finding (or measure) and a deadline kind, no verb — taken only when the rest is a deadline.</summary>
    [GeneratedRegex(@"^(请|麻烦)?(把|将)?\s*(?<finding>.*?第\s*\S+?\s*项(\s*第\s*\S+?\s*条)?|.*?\d+\s*[./]\s*\d+)\s*(的)?\s*(完成时限|时限)?\s*(为|是|[:：])?\s*(?<date>(立行立改|长期坚持).*)$", Options)]
    private static partial Regex KindOnly();

    [GeneratedRegex(@"(?<![\d.])(?<f>\d+)\s*[./]\s*(?<m>\d+)(?![\d%])", Options)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"第\s*(?<m>" + NumberPatterns.NumeralRun + @")\s*(条|项措施|个措施|点)(措施)?|\b(measure|step|action)\s*#?\s*(?<m>\d+)\b", Options)]
    private static partial Regex MeasureWords();

    private static Regex[] AssignPatterns { get; } = [AssignVerb(), ChineseHandOver(), EnglishAssign()];

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)?\s*(?<finding>.+?)\s*的?\s*(完成时限|整改时限|完成期限|整改期限|截止日期|截止时间|完成时间|时限|期限)\s*(改为|改成|改到|调整为|调整到|设为|设置为|设定为|定为|更改为|变更为|延长到|延长至|延期到|延期至|推迟到|推迟至|延至)\s*(?<date>.*)$", Options)]
    private static partial Regex ChineseDeadline();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)?\s*(?<finding>.+?)\s*(延期到|延期至|延长到|延长至|推迟到|推迟至|延至)\s*(?<date>.*)$", Options)]
    private static partial Regex ChinesePostpone();

    [GeneratedRegex(@"^(please\s+)?(set|change|move|extend|push|update)\s+(the\s+)?(deadline|due\s+date)\s+(of|for|on)\s+(?<finding>.+?)(\s+(to|until|as)(\s+(?<date>.*))?)?$", Options)]
    private static partial Regex EnglishDeadlineOf();

    [GeneratedRegex(@"^(please\s+)?(set|change|move|extend|push|update)\s+(?<finding>.+?)['’]s\s+(deadline|due\s+date)(\s+(to|until)(\s+(?<date>.*))?)?$", Options)]
    private static partial Regex EnglishDeadlineOwn();

    [GeneratedRegex(@"^(please\s+)?(extend|postpone|push\s+back)\s+(?<finding>.+?)\s+(to|until)\s+(?<date>.+)$", Options)]
    private static partial Regex EnglishPostpone();

    [GeneratedRegex(@"^(请|麻烦)?(让|由|叫)\s*(?<dept>[^,，。\s]{2,30}?)\s*(来)?负责\s*(?<finding>.+)$|^(please\s+)?(make|let)\s+(?<dept>.+?)\s+(be\s+)?(responsible\s+for|handle|take\s+over)\s+(?<finding>.+)$", Options)]
    private static partial Regex DepartmentFirst();

    [GeneratedRegex(@"^(?<finding>.+?)\s*(改)?(由|归)\s*(?<dept>[^,，。\s]{2,30}?)\s*(来)?负责$", Options)]
    private static partial Regex DepartmentLast();

    [GeneratedRegex(@"^(分配|/assign)\s*(?<rest>.+)$", Options)]
    private static partial Regex AssignVerb();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)\s*(?<finding>.+?)\s*(分配给|分给|交给|交由|划给|指派给|分派给)\s*(?<rest>.+?)(来)?(负责)?$", Options)]
    private static partial Regex ChineseHandOver();

    [GeneratedRegex(@"^(please\s+)?assign\s+(?<finding>.+?)\s+to\s+(the\s+)?(?<rest>.+)$", Options)]
    private static partial Regex EnglishAssign();

    [GeneratedRegex(@"谁|哪|什么|吗|怎么|多少|是否|\?|\b(who|which|what|when|why|how)\b", Options)]
    private static partial Regex Question();

    [GeneratedRegex(@"[\s,，、;；]+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^((给|由|交给|责任处室|责任部门|处室|部门|责任领导|分管领导|领导|完成时限|时限|期限|截止)|(department|leader|due|by|deadline)\b)\s*:?\s*", Options)]
    private static partial Regex Label();
}
