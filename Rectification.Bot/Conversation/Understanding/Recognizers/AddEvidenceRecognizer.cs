using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Text;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Evidence for an earlier entry: an evidence word (佐证, evidence, proof) together with a verb (补充, add, attach…), a
/// link, or "evidence for/to". The finding and measure are read as 14.3, 第14项第3条, "item 14 measure 3"; what follows
/// the command (its last evidence word or reference) is the evidence as written. Numbers inside links are never read.
/// </summary>
public sealed partial class AddEvidenceRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "add evidence";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var text = utterance.Text;
        var firstLink = Links.Find(text) is [var link, ..] ? link : (LinkSpan?)null;
        var searched = firstLink is { } linkFound ? text[..linkFound.Index] : text;
        var word = EvidenceWord().Matches(searched).LastOrDefault();
        if (word is null || !(AddVerb().IsMatch(searched) || firstLink is not null || EvidenceFor().IsMatch(searched)))
        {
            return null;
        }

        var headEnd = word.Index + word.Length;
        int? finding = null;
        int? measure = null;
        if (Dotted().Match(searched) is { Success: true } dotted)
        {
            finding = ChineseNumeral.TryParse(dotted.Groups["f"].Value, out var f) ? f : null;
            measure = int.Parse(dotted.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            headEnd = Math.Max(headEnd, dotted.Index + dotted.Length);
            if (finding is not { } number || !context.Numbers.Contains(number))
            {
                return OutOfRangeAnswer.For(dotted.Groups["f"].Value, finding, context.Numbers);
            }
        }
        else
        {
            if (Measure().Match(searched) is { Success: true } measured && ChineseNumeral.TryParse(measured.Groups["m"].Value, out var m))
            {
                measure = m;
                headEnd = Math.Max(headEnd, measured.Index + measured.Length);
                searched = searched[..measured.Index] + new string(' ', measured.Length) + searched[(measured.Index + measured.Length)..];
            }

            switch (FindingNumberParser.Parse(searched, context.Numbers))
            {
                case FindingNumberInRange found:
                    finding = found.Number;
                    headEnd = Math.Max(headEnd, found.Start + found.Length);
                    break;
                case FindingNumberMention wrong:
                    return OutOfRangeAnswer.For(wrong, context.Numbers);
            }
        }

        var rest = Connector().Replace(text[headEnd..], string.Empty).Trim();
        return new AddEvidenceIntent(finding, measure, rest.Length == 0 ? null : rest);
    }

    [GeneratedRegex(@"佐证材料|佐证|证明材料|\bevidence\b|\bproof\b|\bsupporting\s+documents?\b", Options)]
    private static partial Regex EvidenceWord();

    [GeneratedRegex(@"^/evidence\b|补充|添加|增加|上传|附上|补交|补传|提交|\b(add|attach|upload|send|submit)\b", Options)]
    private static partial Regex AddVerb();

    [GeneratedRegex(@"\b(evidence|proof)\s+(for|to|of|on)\b", Options)]
    private static partial Regex EvidenceFor();

    [GeneratedRegex(@"(?<![\d.])(?<f>\d+)\s*[./]\s*(?<m>\d+)(?![\d%])", Options)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"第\s*(?<m>" + NumberPatterns.NumeralRun + @")\s*(条|项措施|个措施|点)(措施)?|\b(measure|step|action)\s*#?\s*(?<m>\d+)\b", Options)]
    private static partial Regex Measure();

    // What may stand between the command and the evidence: punctuation, "的", "to"/"for".
    [GeneratedRegex(@"^([\s\p{P}]|的|是|为|\b(is|are|to|for|of|on)\b)*", Options)]
    private static partial Regex Connector();
}
