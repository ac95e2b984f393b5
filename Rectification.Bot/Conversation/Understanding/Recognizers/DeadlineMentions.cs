using System.Text.RegularExpressions;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A deadline as an administrator writes one: a date (<see cref="DateMentions"/>), 立行立改 / immediately, or 长期坚持 /
/// ongoing with an optional review date ("长期坚持，2025-06-30复查", "ongoing, review 2025-06-30"). Anything else is
/// no deadline, so a sentence that merely starts with 长期坚持 is not taken for one.
/// </summary>
public static partial class DeadlineMentions
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>The deadline the whole text states; null when it states none (or more than one).</summary>
    public static Deadline? Parse(string? text)
    {
        var value = Edges().Replace(text ?? string.Empty, string.Empty);
        if (Immediate().IsMatch(value))
        {
            return Deadline.Immediately();
        }

        if (Ongoing().Match(value) is { Success: true } ongoing)
        {
            var review = ongoing.Groups["review"].Value;
            if (review.Length == 0)
            {
                return Deadline.Ongoing();
            }

            return DateMentions.TryParseExactly(ReviewWords().Replace(review, string.Empty), out var on) ? Deadline.Ongoing(on) : null;
        }

        return DateMentions.TryParseExactly(value, out var date) ? Deadline.On(date) : null;
    }

    /// <summary>Whether the text starts with a deadline kind's words (立行立改, 长期坚持, immediately, ongoing).</summary>
    public static bool StartsWithKind(string text) => KindStart().IsMatch(text ?? string.Empty);

    [GeneratedRegex(@"^[\s\p{P}]+|[\s\p{P}]+$", Options)]
    private static partial Regex Edges();

    [GeneratedRegex(@"^(立行立改|立即整改|立即|马上|immediately|immediate|at\s+once|right\s+away)$", Options)]
    private static partial Regex Immediate();

    [GeneratedRegex(@"^(长期坚持|长期|ongoing|long[\s-]term|continuing)(?<review>.*)$", Options)]
    private static partial Regex Ongoing();

    /// <summary>Around a review date: "，2025-06-30复查", "（复查日期2025-06-30）", ", review 2025-06-30", "reviewed on …".</summary>
    [GeneratedRegex(@"[\s\p{P}]|复查日期|复查时间|复查|日期|\b(with\s+)?(a\s+)?review(ed)?(\s+date)?(\s+(on|by|at))?\b", Options)]
    private static partial Regex ReviewWords();

    [GeneratedRegex(@"^\s*(立行立改|长期坚持|immediately\b|ongoing\b)", Options)]
    private static partial Regex KindStart();
}
