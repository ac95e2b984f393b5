using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards.Supervision;

/// <summary>
/// What a follow-up check asks about: the finding, how long after its sign-off, and, once the answer is late, the colour
/// the unanswered check has reached on the ladder.
/// </summary>
public sealed record FollowUpCardModel(int FindingNumber, string FindingTitle, int MonthsAfterSignOff, SupervisionColour Colour, int WorkingDaysLate);

/// <summary>
/// 回头看: "has this finding recurred?" with a note field and two buttons that send the answer as if typed
/// (第12项回头看：未反弹 / 第12项回头看：反弹), so a tap, a typed answer and Telegram's inline buttons are read by the same
/// recognizer. The note typed into the card comes back with the tap. Version 1.2, like the other display cards.
/// </summary>
public static class FollowUpCard
{
    /// <summary>The id of the note field; its value comes back in the submitted data.</summary>
    public const string NoteInput = "note";

    public static AdaptiveCard Build(FollowUpCardModel model, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        var card = CardParts.DisplayCard();
        card.Body.Add(CardParts.Title(texts.FollowUpTitle(model.FindingNumber, model.MonthsAfterSignOff)));
        if (model.Colour != SupervisionColour.None)
        {
            card.Body.Add(new Container([new TextBlock(texts.FollowUpLate(model.Colour, model.WorkingDaysLate)) { Weight = TextWeight.Bolder, Wrap = true }])
            {
                Style = SupervisionParts.Style(model.Colour),
                Spacing = Spacing.Small,
            });
        }

        card.Body.Add(new TextBlock(CardText.Shorten(model.FindingTitle, 300)) { Wrap = true, Spacing = Spacing.Small });
        card.Body.Add(new TextBlock(texts.FollowUpQuestion) { Weight = TextWeight.Bolder, Wrap = true });
        card.Body.Add(new TextBlock(texts.FollowUpNoteLabel) { Wrap = true, Spacing = Spacing.Small, IsSubtle = true });
        card.Body.Add(new TextInput(NoteInput) { IsMultiline = true, MaxLength = 500 });
        card.Body.Add(CardParts.Note(texts.FollowUpHowToAnswer(model.FindingNumber)));
        card.Actions.Add(CardParts.Submit(texts.FollowUpNoAction, CardSubmitData.TypedText(texts.FollowUpNoCommand(model.FindingNumber))));
        card.Actions.Add(CardParts.Submit(texts.FollowUpYesAction, CardSubmitData.TypedText(texts.FollowUpYesCommand(model.FindingNumber))));
        return card;
    }
}
