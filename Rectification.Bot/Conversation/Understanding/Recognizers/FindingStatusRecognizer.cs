using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Any message that still names a finding number once the verbs before it in the table have passed is a question
/// about that finding: 第十四项进展如何, 问题十四, "status of item 14", "#14", "/status 14".
/// </summary>
public sealed class FindingStatusRecognizer : IIntentRecognizer
{
    public string Name => "finding status";

    public Intent? Recognize(Utterance utterance, RecognitionContext context) =>
        FindingNumberParser.Parse(utterance.Text, context.Numbers) switch
        {
            FindingNumberInRange found => new FindingStatusIntent(found.Number),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => null,
        };
}
