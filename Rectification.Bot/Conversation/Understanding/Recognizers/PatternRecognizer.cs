using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>A named pattern for intents that carry no data: when it matches, the intent is the answer.</summary>
public sealed class PatternRecognizer(string name, Regex pattern, Func<Intent> create) : IIntentRecognizer
{
    public string Name => name;

    public Intent? Recognize(Utterance utterance, RecognitionContext context) =>
        pattern.IsMatch(utterance.Core) ? create() : null;
}
