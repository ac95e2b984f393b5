using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Rounds;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>"subscribe to the weekly digest", 订阅周报, optionally with a day and time ("every Friday 17:00", 每周五17点) and one round (订阅第二轮的周报).</summary>
public sealed class SubscribeRecognizer : IIntentRecognizer
{
    public string Name => "subscribe";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        if (!IntentPatterns.Subscribe().IsMatch(utterance.Text))
        {
            return null;
        }

        var schedule = DigestScheduleParser.Parse(utterance.Text);
        return new SubscribeIntent(schedule.Day, schedule.Time, RoundMention.Within(utterance.Text));
    }
}
