using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Rounds;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Conversation.Understanding.Rounds;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// A message turn: understand what was said (typed text or a card button), choose the reply language, answer.
/// </summary>
internal sealed class MessageTurnHandler(
    RecognitionContextSource contexts,
    MessageRecognizer recognizer,
    ReplyLanguageResolver languages,
    IntentAnswers answers,
    ReportingTurns reporting,
    TurnRound round)
{
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await round.EnterConversationRoundAsync(turn.Inbound, cancellationToken);
        var understood = await UnderstandAsync(turn.Inbound, cancellationToken);
        var language = await languages.ResolveAsync(turn.Inbound, understood.DetectedLanguage, cancellationToken);
        var reply = new Reply(turn.Inbound, turn.Capabilities, Texts.For(language));
        // The progress form and an active dialog come first; then the intents.
        var reported = await reporting.TryAnswerAsync(reply, understood, cancellationToken);
        foreach (var answer in reported.Notes.Concat(reported.Answers ?? await answers.AnswerAsync(understood.Intent, reply, cancellationToken)))
        {
            await turn.SendAsync(answer, cancellationToken);
        }
    }

    /// <summary>A card button carries its intent in the activity's value; anything else is read as text.</summary>
    private async Task<RecognizedMessage> UnderstandAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        var submitted = CardSubmitData.TryRead(inbound.Value);
        Intent? fromCard = submitted switch
        {
            { Intent: CardIntents.Status, Finding: { } number } => new FindingStatusIntent(number),
            { Intent: CardIntents.History, Finding: { } number } => new HistoryIntent(number),
            { Intent: CardIntents.Report, Finding: { } number } => new ReportIntent(number),
            _ => null,
        };
        if (fromCard is not null)
        {
            return new RecognizedMessage(fromCard, submitted!.Language, "card");
        }

        // Only text needs the ledger's numbers and words; a card button already says what it wants.
        var text = submitted is { Intent: CardIntents.Text, Text: { } typed } ? typed : inbound.Text;
        // "第二轮第14项进展如何": that round for this message only, and the rest understood as any question.
        if (RoundMention.Find(text) is { } mention)
        {
            if (!await round.TryEnterNamedRoundAsync(mention.Round, cancellationToken))
            {
                return new RecognizedMessage(new UnresolvedRoundIntent(mention.Round), LanguageDetector.Detect(text), "round mention");
            }

            text = mention.Remainder;
        }

        var understood = recognizer.Recognize(text, await contexts.CurrentAsync(cancellationToken));
        // A button is in the language of its card; the client's locale would otherwise decide for a press.
        return submitted?.Language is { } cardLanguage ? understood with { DetectedLanguage = cardLanguage } : understood;
    }
}
