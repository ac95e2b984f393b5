using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>The one way every recognizer answers a finding number that does not exist or cannot be read.</summary>
public static class OutOfRangeAnswer
{
    public static NumberOutOfRangeIntent For(FindingNumberMention mention, FindingNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(numbers);
        var value = mention is FindingNumberOutOfRange outOfRange ? outOfRange.Value : (int?)null;
        return new NumberOutOfRangeIntent(mention.Raw, value, numbers.Min, numbers.Max);
    }

    public static NumberOutOfRangeIntent For(string raw, int? value, FindingNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return new NumberOutOfRangeIntent(raw, value, numbers.Min, numbers.Max);
    }
}
