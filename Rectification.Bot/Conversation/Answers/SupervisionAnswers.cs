using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Supervision;
using Rectification.Domain.Reporting;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// 督办清单 and the plain questions about it: the current round's findings placed on the ladder today, the ones the
/// question asks about listed by colour.
/// </summary>
internal sealed class SupervisionAnswers(DigestSource findings, SupervisionToday supervision)
{
    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(SupervisionListIntent question, Reply reply, CancellationToken cancellationToken)
    {
        var today = supervision.Today();
        var rows = (await findings.LoadFindingsAsync(cancellationToken))
            .Select(finding => (Finding: finding, Standing: supervision.Ladder.StandingOf(finding, today)))
            .Where(f => SupervisionLadder.Matches(f.Standing, question.Filter, question.WithinWorkingDays))
            .Select(f => FindingCardModels.Row(f.Finding) with { Supervision = f.Standing, Deadline = f.Standing.Deadline ?? f.Finding.Deadline })
            .ToList();
        var model = new SupervisionListCardModel(question.Filter, rows, supervision.Ladder.Thresholds) { WithinWorkingDays = question.WithinWorkingDays };
        return [reply.Card(SupervisionListCard.Build(model, reply.Texts))];
    }
}
