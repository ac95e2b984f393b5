using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Puts what the ledger said about a change into words: saved (with the new status card), refused (why, and
/// whom to ask, by name), a rule of the finding, an unknown finding, or "changed meanwhile, here is the new state".
/// </summary>
internal sealed class ReportingReplies(PeopleDirectory people, StatusCards statusCards)
{
    public async Task<IReadOnlyList<OutboundMessage>> OutcomeAsync(ProgressOutcome outcome, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(reply);
        var texts = reply.Texts;
        return outcome switch
        {
            ProgressRecorded recorded => [reply.Text(texts.ProgressSaved(recorded.Finding.Number, recorded.Entry.Kind, Change(recorded.Entry, reply))), StatusCard(recorded.Finding, reply)],
            ProgressRefused refused => [await RefusalAsync(refused.Reason, reply, cancellationToken)],
            ProgressRuleBroken broken => [reply.Text(texts.RuleBroken(broken.Rule))],
            FindingNotFound missing => [reply.Text(missing.Numbers.Count == 0
                ? texts.NoFindingsYet
                : texts.NumberOutOfRange(missing.Number, missing.Numbers[0], missing.Numbers[^1]))],
            ChangedMeanwhile changed => [reply.Text(texts.ChangedMeanwhile(changed.Latest.Number)), StatusCard(changed.Latest, reply)],
            _ => [reply.Text(texts.SomethingWentWrong)],
        };
    }

    /// <summary>Why the person may not, and the people to ask, by name.</summary>
    public async Task<OutboundMessage> RefusalAsync(RefusalReason reason, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var whom = reason.WhomToAsk();
        var contacts = (await people.ContactsAsync(whom, cancellationToken)).Select(p => p.Name).ToList();
        if (contacts.Count == 0 && whom == PersonRole.Leader)
        {
            whom = PersonRole.Admin;
            contacts = (await people.ContactsAsync(whom, cancellationToken)).Select(p => p.Name).ToList();
        }

        return reply.Text(reply.Texts.Refusal(reason) + " " + reply.Texts.WhomToAsk(whom, contacts));
    }

    public OutboundMessage StatusCard(Finding finding, Reply reply) => statusCards.For(finding, reply);

    /// <summary>What the entry changed, e.g. 措施3：推进中→已完成, or the finding's status for sign-off and reopening.</summary>
    private static string Change(ProgressEntry entry, Reply reply)
    {
        var texts = reply.Texts;
        if (texts.WorkChange(entry.MeasureOrdinal, entry.NextStepOrdinal, entry.MeasureStatusBefore, entry.PercentBefore, entry.MeasureStatusAfter, entry.PercentAfter) is { } change)
        {
            return change;
        }

        return texts.FindingStatusChanged(entry.FindingStatusBefore == entry.FindingStatusAfter
            ? texts.FindingStatus(entry.FindingStatusAfter)
            : texts.StatusChange(texts.FindingStatus(entry.FindingStatusBefore), texts.FindingStatus(entry.FindingStatusAfter)));
    }
}
