using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Cards.Text;

/// <summary>
/// Plain text for any card, read from the card's own tree, so every card has a text form: the console shows it,
/// and channels without Adaptive Cards (Telegram, SMS-like clients) get it as the activity's text. Headings and
/// paragraphs become lines, facts "label: value", columns one line with the rest indented, and buttons "[Title]".
/// A blank line stands where the card puts medium or larger spacing.
/// </summary>
public static class CardTextRenderer
{
    public static string Render(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var lines = new TextLines();
        lines.AddElements(card.Body);
        if (card.Actions.Count > 0)
        {
            lines.BlankLine();
            lines.Add(TextLines.Buttons(card.Actions));
        }

        return lines.ToString();
    }
}
