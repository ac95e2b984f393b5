using System.Text.RegularExpressions;

namespace Rectification.Bot.Conversation.Understanding.Text;

/// <summary>
/// The links a message holds (http and https), as people paste them: a link ends at white space, at Chinese
/// punctuation or a closing bracket, and loses a trailing full stop or comma that belongs to the sentence.
/// </summary>
public static partial class Links
{
    public static IReadOnlyList<LinkSpan> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return [.. Link().Matches(text).Select(m => new LinkSpan(m.Index, m.Value.TrimEnd(TrailingMarks).Length, m.Value.TrimEnd(TrailingMarks)))];
    }

    private static readonly char[] TrailingMarks = ['.', ',', ';', ':', '!', '?', '\'', '"'];

    [GeneratedRegex(@"https?://[^\s，。；、！？（）《》【】「」“”‘’<>()\[\]{}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}

/// <summary>One link in a text: where it stands and what it says.</summary>
public readonly record struct LinkSpan(int Index, int Length, string Value);
