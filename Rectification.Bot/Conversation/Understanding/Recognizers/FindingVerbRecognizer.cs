using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A verb about one finding (report, history, sign off): when the verb matches, the finding number is looked for
/// anywhere in the message — or, for commands whose <paramref name="argumentFollowsVerb"/>, right after the verb
/// first (销号12, "sign off item 12"). No number gives the intent with a null number, for the dialog to ask; a wrong
/// number gives the out-of-range answer, never a guess.
/// </summary>
public sealed class FindingVerbRecognizer(string name, Regex verb, Func<int?, Intent> create, bool argumentFollowsVerb = false) : IIntentRecognizer
{
    public string Name => name;

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var match = verb.Match(utterance.Text);
        if (!match.Success)
        {
            return null;
        }

        var number = argumentFollowsVerb
            ? FindingNumberParser.ParseAfterVerb(utterance.Text, match.Index + match.Length, context.Numbers)
            : FindingNumberParser.Parse(utterance.Text, context.Numbers);
        return number switch
        {
            FindingNumberInRange found => create(found.Number),
            FindingNumberMention wrong => OutOfRangeAnswer.For(wrong, context.Numbers),
            _ => create(null),
        };
    }
}
