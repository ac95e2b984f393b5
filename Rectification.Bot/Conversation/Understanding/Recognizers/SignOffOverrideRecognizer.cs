using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A sign-off that overrides the evidence gate: 销号第12项，理由：…, 销号第12项 无需佐证，因为…, "sign off 12 without
/// evidence because …". It starts with the sign-off verb and names the override before the reason, so it runs before
/// the plain sign-off verb, whose question guard would take a reason with 可以 or "?" in it for a question. The finding
/// is read from the part before the override; the reason is all after it, without a leading "because"/因为/理由：.
/// </summary>
public sealed partial class SignOffOverrideRecognizer : IIntentRecognizer
{
    public string Name => "sign off without evidence";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var match = Override().Match(utterance.Text);
        if (!match.Success)
        {
            return null;
        }

        var reason = LeadingConnector().Replace(match.Groups["rest"].Value.Trim(), string.Empty).Trim();
        return FindingNumberParser.Parse(match.Groups["target"].Value, context.Numbers) switch
        {
            FindingNumberInRange found => new SignOffIntent(found.Number, WithoutEvidence: true, reason.Length == 0 ? null : reason),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => new SignOffIntent(null, WithoutEvidence: true, reason.Length == 0 ? null : reason),
        };
    }

    [GeneratedRegex(@"^\s*(/sign_?off\b|sign[\s-]?off\b|销号|销项)(?<target>.*?)(无需佐证(材料)?|不需要佐证(材料)?|没有佐证(材料)?|无佐证(材料)?|理由|\bwithout\s+(any\s+)?evidence\b|\bno\s+evidence\b)(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex Override();

    [GeneratedRegex(@"^([\s\p{P}]|because\b|since\b|as\b|reason(\s+is)?\b|原因(是|为)?|理由(是|为)?|因为)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingConnector();
}
