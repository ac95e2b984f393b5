using Rectification.Bot.Conversation.Understanding.Text;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>A message as the recognizers see it: normalized once (<see cref="TextNormalizer"/>).</summary>
public sealed record Utterance
{
    private Utterance(string text)
    {
        Text = text;
        var core = text.TrimEnd().TrimEnd(TrailingMarks).TrimEnd();
        Core = core.Length == 0 ? text : core;
    }

    public string Text { get; }

    /// <summary>
    /// The text without trailing punctuation, for recognizers that match a whole message ("help?", 取消。, 帮助！).
    /// A message that is nothing but punctuation ("?") keeps it.
    /// </summary>
    public string Core { get; }

    private static char[] TrailingMarks { get; } = ['?', '!', '.', ',', ';', '~', '。', '、', '…'];

    public static Utterance From(string? message) => new(TextNormalizer.Normalize(message));
}
