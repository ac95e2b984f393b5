using Rectification.Domain.Progress;
using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Bot.Conversation.Understanding.Text;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The part of a one-message update after the finding and measure: what it states about progress (read by
/// <see cref="ProgressStatementReader"/>: status and percentage, taken out of the text), the first link in it (kept
/// as the entry's evidence and taken out of the text too), and the description that is left, as written.
/// </summary>
public sealed partial record UpdateBody(string Text, ProgressStatement Statement, string? Link)
{
    public bool IsEmpty => Text.Length == 0 && Link is null && Statement is { Status: null, Percent: null, Problem: ProgressStatementProblem.None };

    public static UpdateBody Parse(string? text)
    {
        var body = (text ?? string.Empty).Trim();
        var link = Links.Find(body) is [var first, ..] ? first : (LinkSpan?)null;
        var withoutLink = link is { } found ? body.Remove(found.Index, found.Length) : body;
        var statement = ProgressStatementReader.Read(withoutLink);
        var description = link is null ? statement.Rest : PointerToLink().Replace(statement.Rest, string.Empty).Trim();
        return new UpdateBody(description, statement, link?.Value);
    }

    // The words that pointed at the link ("纪要见 https://…", "minutes at https://…") go with it.
    [GeneratedRegex(@"\s*(详见|参见|见|附件|附|see|at)[\s:：]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointerToLink();
}
