using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Languages;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// Turns a chat message into an intent, deterministically and without I/O: the message is normalized once, then
/// offered to each recognizer of the table in order; the first that understands it wins.
/// </summary>
public sealed class MessageRecognizer
{
    public const string NothingRecognized = "unrecognized";

    public const string TooLong = "too long";

    /// <summary>
    /// Longer than any question or progress update (a long update is a paragraph); the patterns cost time in
    /// proportion to the text, so a pasted document stops here.
    /// </summary>
    public const int MaxLength = 4000;

    private readonly IReadOnlyList<IIntentRecognizer> _recognizers;

    public MessageRecognizer()
        : this(RecognizerTable.Default)
    {
    }

    public MessageRecognizer(IReadOnlyList<IIntentRecognizer> recognizers)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        _recognizers = recognizers;
    }

    public RecognizedMessage Recognize(string? text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var utterance = Utterance.From(text);
        var language = LanguageDetector.Detect(text);
        if (utterance.Text.Length > MaxLength)
        {
            return new RecognizedMessage(new MessageTooLongIntent(utterance.Text.Length, MaxLength), language, TooLong);
        }

        if (utterance.Text.Length > 0)
        {
            foreach (var recognizer in _recognizers)
            {
                if (recognizer.Recognize(utterance, context) is { } intent)
                {
                    return new RecognizedMessage(intent, language, recognizer.Name);
                }
            }
        }

        return new RecognizedMessage(new UnrecognizedIntent(), language, NothingRecognized);
    }
}
