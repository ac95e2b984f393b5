using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The part of a one-message update after the finding and measure: progress text, an optional percentage (80%,
/// 百分之八十) and an optional completion word standing on its own (完成, 已完成, completed, done). A completion
/// word inside a sentence (班子组建已完成) is part of the text, not a flag: Chinese has no spaces to tell "done" from
/// "the team-forming step is done", and the bot must not guess. Two percentages, or one above 100, make the
/// update ambiguous.
/// </summary>
/// <param name="Written">The body as the user wrote it, flags included, for a dialog that has to ask again.</param>
public sealed partial record UpdateBody(string Written, string Text, int? Percent, bool Completed, bool IsAmbiguous)
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public bool IsEmpty => Text.Length == 0 && Percent is null && !Completed;

    public static UpdateBody Parse(string? text)
    {
        var body = LeadingSeparators().Replace(text ?? string.Empty, string.Empty).Trim();
        var percents = Percentage().Matches(body);
        int? percent = percents.Count == 1 ? ReadPercent(percents[0]) : null;
        var ambiguous = percents.Count > 1 || (percents.Count == 1 && percent is null or > 100);
        var completed = StandaloneCompletion().IsMatch(body) || percent == 100;
        var description = TrailingFlags().Replace(body, string.Empty).Trim();
        return new UpdateBody(body, description, ambiguous ? null : percent, completed, ambiguous);
    }

    private static int? ReadPercent(Match match) =>
        ChineseNumeral.TryParse(match.Groups["p"].Value, out var value) ? value : null;

    [GeneratedRegex(@"^[\s:,;，、；\-–—]+", Options)]
    private static partial Regex LeadingSeparators();

    [GeneratedRegex(@"(?<p>\d{1,4})\s*%|百分之(?<p>[零〇一二两三四五六七八九十百]+)", Options)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<!\bnot\s+(yet\s+)?)(已完成|完成|已办结|办结|completed|done|finished)(?![\p{L}\p{N}])", Options)]
    private static partial Regex StandaloneCompletion();

    // One or two trailing flags ("…，完成 100%") come off the text; they live in Percent and Completed instead.
    [GeneratedRegex(@"([\s,;，、；]*(\d{1,4}\s*%|百分之[零〇一二两三四五六七八九十百]+|(?<![\p{L}\p{N}])(?<!\bnot\s+(yet\s+)?)(已完成|完成|已办结|办结|completed|done|finished))){1,2}[\s.。!！]*$", Options)]
    private static partial Regex TrailingFlags();
}
