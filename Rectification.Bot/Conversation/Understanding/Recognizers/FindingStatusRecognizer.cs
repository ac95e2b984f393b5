using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Any message that still names a finding number once the verbs before it in the table have passed is a question
/// about that finding: 第十四项进展如何, 问题十四, "status of item 14", "#14", "/status 14". A count quoted from a
/// finding's text (金融产品135项) names no finding: it is left to the keywords, which find the finding it quotes.
/// </summary>
public sealed class FindingStatusRecognizer : IIntentRecognizer
{
    public string Name => "finding status";

    public Intent? Recognize(Utterance utterance, RecognitionContext context) =>
        FindingNumberParser.Parse(utterance.Text, context.Numbers) switch
        {
            FindingNumberInRange found => new FindingStatusIntent(found.Number),
            FindingNumberMention { MayBeACount: true } count when IsQuoted(count, utterance, context) => null,
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => null,
        };

    private static bool IsQuoted(FindingNumberMention count, Utterance utterance, RecognitionContext context) =>
        context.IsQuotedFromAFinding(utterance.Text.Substring(count.Start, count.Length));
}
