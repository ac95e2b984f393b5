using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The answer to a follow-up check, typed or sent by the check's buttons: 第12项回头看：未反弹, 回头看第十二项 没有反弹,
/// 第12项回头看：反弹，原因是…, "follow-up 12: no recurrence", "follow up on item 12: recurred, because …". The finding is
/// looked for right after the verb first, so a number in the note is not taken for it; the answer word comes next ("no"
/// words before "yes" words, 未反弹 containing 反弹), and whatever follows it is the note. Without a finding number the
/// message is not a check's answer.
/// </summary>
public sealed partial class FollowUpRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "follow-up";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(context);
        var verb = Verb().Match(utterance.Text);
        if (!verb.Success)
        {
            return null;
        }

        var verbEnd = verb.Index + verb.Length;
        switch (FindingNumberParser.ParseAfterVerb(utterance.Text, verbEnd, context.Numbers))
        {
            case FindingNumberInRange found:
                var rest = utterance.Text[Math.Max(verbEnd, found.Start + found.Length)..];
                return Answer(found.Number, Connector().Replace(rest, string.Empty));
            case FindingNumberMention wrong:
                return OutOfRangeAnswer.For(wrong, context.Numbers);
            default:
                return null;
        }
    }

    private static FollowUpIntent Answer(int number, string rest)
    {
        foreach (var (pattern, recurred) in new[] { (NotRecurred(), false), (Recurred(), true) })
        {
            var answer = pattern.Match(rest);
            if (answer.Success)
            {
                var note = Connector().Replace(rest[answer.Length..], string.Empty).Trim();
                return new FollowUpIntent(number, recurred, note.Length == 0 ? null : note);
            }
        }

        return new FollowUpIntent(number, null, null);
    }

    [GeneratedRegex(@"回头看|\bfollow[- ]?up(\s+check)?(\s+(on|of|for))?\b", Options)]
    private static partial Regex Verb();

    [GeneratedRegex(@"^([\s\p{P}]|because\b|reason(\s+is)?\b|note\b|原因(是|为)?|理由(是|为)?|因为|说明|情况|结果(是|为)?)*", Options)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^((未|没有|没|无|并未|尚未|未发现|没发现|未出现|没有出现)(反弹|复发)(回潮)?|no\s+(recurrence|relapse)\b|(it\s+)?(has\s+|did\s+)?not\s+(recurred?|come\s+back|came\s+back)\b|no\b)", Options)]
    private static partial Regex NotRecurred();

    [GeneratedRegex(@"^((已|有|出现|发现|确有|存在)?(反弹|复发)(回潮)?|(it\s+)?(has\s+)?(recurred|came\s+back|come\s+back)\b|recurrence\b|relapsed?\b|yes\b)", Options)]
    private static partial Regex Recurred();
}
