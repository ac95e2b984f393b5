using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>One topic of the help card: what it is about, and examples the bot understands as that.</summary>
public sealed record HelpTopic(string Title, IReadOnlyList<string> Examples);

/// <summary>
/// What the person can do, by role (<see cref="HelpAudience"/>), with an example for each in the card's language, and
/// buttons that run safe examples. A button sends { "intent": "text", "text": example }, which the bot treats exactly
/// as if the example were typed. Version 1.2.
/// </summary>
public static class HelpCard
{
    public static AdaptiveCard Build(Texts texts, HelpAudience audience)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.HelpTitle));
        card.Body.Add(new TextBlock(texts.HelpIntro) { Wrap = true, IsSubtle = true, Spacing = Spacing.Small });
        if (audience == HelpAudience.Unregistered)
        {
            card.Body.Add(new TextBlock(texts.HelpUnregisteredNote) { Wrap = true, Spacing = Spacing.Small });
        }

        foreach (var topic in Topics(texts, audience))
        {
            card.Body.Add(new TextBlock(topic.Title) { Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            card.Body.AddRange(topic.Examples.Select(example =>
                CardParts.BulletedItem("›", [new TextBlock(example) { Wrap = true, Color = TextColor.Accent }], Spacing.None)));
        }

        card.Body.Add(CardParts.SectionHeading(texts.HelpTryLabel));
        card.Body.AddRange(CardParts.StackedButtons(TryButtons(texts, audience)));
        return card;
    }

    /// <summary>What this audience can do, each with examples that understanding recognizes (a test holds them to it).</summary>
    internal static IReadOnlyList<HelpTopic> Topics(Texts texts, HelpAudience audience) => audience switch
    {
        HelpAudience.Unregistered => [.. Asking(texts), .. Closing(texts)],
        HelpAudience.Staff => [.. Asking(texts), .. MyWork(texts), .. Reporting(texts), .. Closing(texts)],
        HelpAudience.Leader => [.. Asking(texts), .. MyWork(texts), .. Reporting(texts), .. Leading(texts), .. Ledger(texts), .. Digest(texts), .. Closing(texts)],
        _ => [.. Asking(texts), .. MyWork(texts), .. Reporting(texts), .. Ledger(texts), .. Digest(texts), .. Administering(texts), .. Closing(texts)],
    };

    /// <summary>Questions anyone may ask.</summary>
    private static HelpTopic[] Asking(Texts texts) =>
    [
        new(texts.HelpStatusTopic, [texts.HelpStatusExample]),
        new(texts.HelpListTopic, [texts.HelpListExample, texts.HelpAwaitingSignOffExample]),
        new(texts.HelpKeywordTopic, [texts.HelpKeywordExample, texts.HelpKeywordInSentenceExample]),
        new(texts.HelpOverviewTopic, [texts.HelpOverallExample, texts.HelpWeekChangesExample, texts.HelpChartExample]),
        new(texts.HelpSupervisionTopic, [texts.HelpOverdueExample, texts.HelpSupervisionListExample]),
    ];

    /// <summary>Questions about the asker's own department: only people the bot knows have one.</summary>
    private static HelpTopic[] MyWork(Texts texts) => [new(texts.HelpMyWorkTopic, [texts.HelpMyToDoExample, texts.HelpDepartmentExample])];

    /// <summary>Reporting progress, correcting it and answering 回头看: staff on their department's findings, leaders and admins on all.</summary>
    private static HelpTopic[] Reporting(Texts texts) =>
    [
        new(texts.HelpReportTopic, [texts.HelpReportExample, texts.HelpUpdateExample, texts.HelpNextStepExample, texts.HelpAddEvidenceExample]),
        new(texts.HelpCorrectionTopic, [texts.HelpCorrectionExample]),
        new(texts.HelpFollowUpTopic, [texts.HelpFollowUpExample]),
    ];

    /// <summary>What only leaders may do.</summary>
    private static HelpTopic[] Leading(Texts texts) =>
    [
        new(texts.HelpSignOffTopic, [texts.HelpSignOffExample, texts.HelpSignOffOverrideExample]),
        new(texts.HelpReopenTopic, [texts.HelpReopenExample]),
    ];

    /// <summary>The ledger workbook: leaders and admins.</summary>
    private static HelpTopic[] Ledger(Texts texts) => [new(texts.HelpExportTopic, [texts.HelpExportExample])];

    /// <summary>The weekly digest: leaders and admins.</summary>
    private static HelpTopic[] Digest(Texts texts) => [new(texts.HelpDigestTopic, [texts.HelpDigestNowExample, texts.HelpDigestSoFarExample, texts.HelpSubscribeExample])];

    /// <summary>What only administrators may do, in plain words (each is confirmed before it changes anything).</summary>
    private static HelpTopic[] Administering(Texts texts) =>
    [
        new(texts.HelpPeopleTopic, [texts.HelpAddPersonExample, texts.HelpRoleExample]),
        new(texts.HelpAssignTopic, [texts.HelpAssignExample, texts.HelpAssignDepartmentExample, texts.HelpDeadlineExample, texts.HelpImmediateDeadlineExample, texts.HelpMeasureDeadlineExample]),
    ];

    private static HelpTopic[] Closing(Texts texts) => [new(texts.HelpHelpTopic, [texts.HelpHelpExample])];

    /// <summary>Buttons only for examples that change nothing: questions, starting a report (it asks before saving), the digest, the people list.</summary>
    private static IEnumerable<SubmitAction> TryButtons(Texts texts, HelpAudience audience) =>
        new[]
        {
            texts.HelpStatusExample,
            texts.HelpListExample,
            audience switch
            {
                HelpAudience.Unregistered => texts.HelpKeywordExample,
                HelpAudience.Staff => texts.HelpMyToDoExample,
                HelpAudience.Leader => texts.HelpDigestNowExample,
                _ => texts.HelpPeopleListExample,
            },
        }.Select(example => CardParts.Submit(example, CardSubmitData.TypedText(example)));
}
