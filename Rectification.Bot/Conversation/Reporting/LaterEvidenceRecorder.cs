using Microsoft.Extensions.Options;
using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Domain.Findings;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>Adds evidence to the latest entry of a measure (or finding) through <see cref="ProgressRecorder"/>, and says which entry it backs.</summary>
internal sealed class LaterEvidenceRecorder(ProgressRecorder recorder, ReportingReplies replies, IOptions<ConversationOptions> options)
{
    public async Task<IReadOnlyList<OutboundMessage>> AddAsync(int finding, int? measure, Evidence evidence, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var outcome = await recorder.AddEvidenceAsync(turn.Actor, finding, measure, evidence, cancellationToken);
        if (outcome is not ProgressRecorded { Entry.EvidenceForEntryId: { } backedId } recorded
            || recorded.Finding.History.FirstOrDefault(e => e.Id == backedId) is not { } backed)
        {
            return await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
        }

        var texts = turn.Reply.Texts;
        var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(backed.RecordedAtUtc, DateTimeKind.Utc), options.Value.OfficeTimeZone);
        var backedEntry = texts.ProgressEntryKind(backed.Kind) + " · " + texts.DateAndTime(at);
        return
        [
            turn.Reply.Text(texts.EvidenceAdded(finding, measure, backedEntry, CardParts.EvidenceText(evidence.Name, evidence.Url))),
            replies.StatusCard(recorded.Finding, turn.Reply),
        ];
    }
}
