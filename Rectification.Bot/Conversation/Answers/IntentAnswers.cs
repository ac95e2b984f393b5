using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Conversation.People;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Rounds;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Chooses the answer for each kind of intent. One switch, so every intent has exactly one home.</summary>
internal sealed class IntentAnswers(AnytimeQuestions questions, FindingAnswers findings, GeneralAnswers general, HelpAnswers help, ReportingTurns reporting, DigestAnswers digest, AccountLinkAnswers accounts, RoundAnswers rounds, LedgerFileAnswers files)
{
    public Task<IReadOnlyList<OutboundMessage>> AnswerAsync(Intent intent, Reply reply, CancellationToken cancellationToken) => intent switch
    {
        _ when AnytimeQuestions.IsQuestion(intent) => questions.AnswerAsync(intent, reply, cancellationToken),
        KeywordMatchIntent keyword => findings.KeywordAsync(keyword, reply, cancellationToken),
        NumberOutOfRangeIntent outOfRange => general.OutOfRange(outOfRange, reply),
        HelpIntent => help.HelpAsync(reply, cancellationToken),
        GreetingIntent greeting => general.Courtesy(greeting, reply),
        ListRoundsIntent => rounds.ListAsync(reply, cancellationToken),
        SwitchRoundIntent switchRound => rounds.SwitchAsync(switchRound, reply, cancellationToken),
        UnresolvedRoundIntent unresolved => rounds.UnresolvedAsync(unresolved, reply, cancellationToken),
        ExportLedgerIntent => files.ExportLedgerAsync(reply, cancellationToken),
        ProgressChartIntent => files.ProgressChartAsync(reply, cancellationToken),
        MessageTooLongIntent tooLong => general.TooLong(tooLong, reply),
        ReportIntent or MeasureUpdateIntent or NextStepUpdateIntent or CorrectionIntent or SignOffIntent or ReopenIntent or AdminRequestIntent or AddEvidenceIntent or FollowUpIntent => reporting.AnswerAsync(intent, reply, cancellationToken),
        SubscribeIntent subscribe => digest.SubscribeAsync(subscribe, reply, cancellationToken),
        UnsubscribeIntent => digest.UnsubscribeAsync(reply, cancellationToken),
        MySubscriptionIntent => digest.MySubscriptionAsync(reply, cancellationToken),
        DigestNowIntent now => digest.DigestNowAsync(now, reply, cancellationToken),
        LinkAccountIntent link => accounts.IssueAsync(link, reply, cancellationToken),
        RedeemLinkCodeIntent code => accounts.RedeemAsync(code, reply, cancellationToken),
        CancelIntent or BackIntent => general.NothingToCancel(reply),
        _ => general.NotUnderstood(reply),
    };
}
