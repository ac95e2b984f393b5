using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// What people can ask, with an example for each in the card's language, and buttons that run the examples. A
/// button sends { "intent": "text", "text": example }, which the bot treats exactly as if the example were typed.
/// Version 1.2.
/// </summary>
public static class HelpCard
{
    public static AdaptiveCard Build(Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.HelpTitle));
        card.Body.Add(new TextBlock(texts.HelpIntro) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        foreach (var (topic, examples) in Topics(texts))
        {
            card.Body.Add(new TextBlock(topic) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            card.Body.AddRange(examples.Select(example =>
                CardParts.BulletedItem("›", [new TextBlock(example) { Wrap = true, Color = TextColor.Accent }], Spacing.None)));
        }

        card.Body.Add(CardParts.SectionHeading(texts.HelpTryLabel));
        card.Body.AddRange(CardParts.StackedButtons(TryButtons(texts)));
        return card;
    }

    /// <summary>What people can ask, each with examples that understanding recognizes (a test holds them to it).</summary>
    internal static IEnumerable<(string Topic, string[] Examples)> Topics(Texts texts) =>
    [
        (texts.HelpStatusTopic, [texts.HelpStatusExample]),
        (texts.HelpListTopic, [texts.HelpListExample]),
        (texts.HelpKeywordTopic, [texts.HelpKeywordExample]),
        (texts.HelpReportTopic, [texts.HelpReportExample, texts.HelpUpdateExample]),
        (texts.HelpHelpTopic, [texts.HelpHelpExample]),
    ];

    private static IEnumerable<SubmitAction> TryButtons(Texts texts) =>
        new[] { texts.HelpStatusExample, texts.HelpListExample, texts.HelpKeywordExample }
            .Select(example => CardParts.Submit(example, CardSubmitData.TypedText(example)));
}
