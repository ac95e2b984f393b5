using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// One row of the recognizer table: recognizes one kind of intent, or returns null to let the next row try.
/// New intents are new rows (see <see cref="RecognizerTable"/>), not new branches in existing ones.
/// </summary>
public interface IIntentRecognizer
{
    /// <summary>A short stable name, reported with the result so logs show which row understood a message.</summary>
    string Name { get; }

    Intent? Recognize(Utterance utterance, RecognitionContext context);
}
