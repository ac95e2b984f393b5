using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The inspection rounds in the ledger, the current one (whose numbers "status of item 14" means) first: who inspected
/// whom, when it was fed back and last announced, how many findings.
/// </summary>
internal sealed class RoundAnswers(LedgerDbContext ledger)
{
    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(Reply reply, CancellationToken cancellationToken)
    {
        var rounds = await ledger.Inspections.AsNoTracking().LatestFirst()
            .Select(i => new { i.InspectionGroup, i.InspectedOrganization, i.FeedbackDate, i.AnnouncementDate, Findings = ledger.Findings.Count(f => f.InspectionId == i.Id) })
            .ToListAsync(cancellationToken);
        var texts = reply.Texts;
        var lines = rounds.Select((round, index) => texts.RoundLine(
            round.InspectionGroup, round.InspectedOrganization, texts.Date(round.FeedbackDate), texts.Date(round.AnnouncementDate), round.Findings, current: index == 0));
        var text = rounds.Count == 0
            ? texts.NoRounds
            : string.Join("\n", [texts.RoundsTitle(rounds.Count), .. lines, texts.RoundsNote]);
        return [reply.Text(text)];
    }
}
