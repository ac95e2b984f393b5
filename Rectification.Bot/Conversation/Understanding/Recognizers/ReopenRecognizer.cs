using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// "reopen 14 the figures were wrong", "reopen 27: the problem came back", "/reopen 14 …", 重新打开第十四项：原因是…,
/// 第十四项重新整改，因为…. The finding is looked for right after the verb first (see
/// <see cref="FindingNumberParser.ParseAfterVerb"/>), so a number inside the reason is not taken for it. The reason is
/// whatever is left once the verb and the finding reference are taken out, without a leading "because"/原因：.
/// </summary>
public sealed partial class ReopenRecognizer : IIntentRecognizer
{
    public string Name => "reopen";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var verb = IntentPatterns.Reopen().Match(utterance.Text);
        if (!verb.Success)
        {
            return null;
        }

        return FindingNumberParser.ParseAfterVerb(utterance.Text, verb.Index + verb.Length, context.Numbers) switch
        {
            FindingNumberInRange found => new ReopenIntent(found.Number, Reason(utterance.Text, verb, found)),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => new ReopenIntent(null, Reason(utterance.Text, verb, null)),
        };
    }

    private static string? Reason(string text, Match verb, FindingNumberMention? mention)
    {
        var kept = text.ToCharArray();
        Blank(kept, verb.Index, verb.Length);
        if (mention is not null)
        {
            Blank(kept, mention.Start, mention.Length);
        }

        var rest = LeadingConnector().Replace(new string(kept).Trim(), string.Empty).Trim();
        return rest.Length == 0 ? null : rest;
    }

    private static void Blank(char[] text, int start, int length) => Array.Fill(text, ' ', start, length);

    [GeneratedRegex(@"^([\s\p{P}]|because\b|since\b|reason(\s+is)?\b|原因(是|为)?|理由(是|为)?|因为)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingConnector();
}
