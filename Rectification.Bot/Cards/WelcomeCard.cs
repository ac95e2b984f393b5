using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// Sent once to a person who installs the bot: what it does and three example questions as buttons. A button sends
/// { "intent": "text", "text": example }, answered exactly as if the example were typed. Version 1.2, like every
/// display card (Teams mobile).
/// </summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.WelcomeTitle));
        card.Body.Add(CardParts.Paragraph(texts.WelcomeIntro));
        card.Body.Add(CardParts.SectionHeading(texts.HelpTryLabel));
        card.Body.AddRange(CardParts.StackedButtons(ExampleButtons(texts)));
        return card;
    }

    private static IEnumerable<SubmitAction> ExampleButtons(Texts texts) =>
        new[] { texts.HelpStatusExample, texts.HelpListExample, texts.HelpKeywordExample }
            .Select(example => CardParts.Submit(example, CardSubmitData.TypedText(example)));
}
