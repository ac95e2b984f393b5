using Microsoft.Extensions.Options;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Reporting;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Answers about findings: one finding's status, lists, keyword matches and history.</summary>
internal sealed class FindingAnswers(LedgerQueries ledger, StatusCards statusCards, IOptions<ConversationOptions> options)
{
    public async Task<IReadOnlyList<OutboundMessage>> StatusAsync(int number, Reply reply, CancellationToken cancellationToken)
    {
        var finding = await ledger.GetFindingAsync(number, cancellationToken);
        if (finding is null)
        {
            return [await NoSuchFindingAsync(number, reply, cancellationToken)];
        }

        return [statusCards.For(finding, reply)];
    }

    public async Task<IReadOnlyList<OutboundMessage>> KeywordAsync(KeywordMatchIntent keyword, Reply reply, CancellationToken cancellationToken)
    {
        if (keyword.Numbers.Count == 1)
        {
            return await StatusAsync(keyword.Numbers[0], reply, cancellationToken);
        }

        var summaries = await ledger.ListFindingsAsync(FindingStatusFilter.All, cancellationToken);
        var candidates = keyword.Numbers
            .Select(n => summaries.FirstOrDefault(s => s.Number == n))
            .OfType<FindingSummary>()
            .Select(FindingCardModels.Row)
            .ToList();
        return [reply.Card(FindingChoiceCard.Build(new FindingChoiceCardModel(keyword.Query, candidates), reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> ListAsync(FindingListFilter filter, Reply reply, CancellationToken cancellationToken)
    {
        var query = filter switch
        {
            FindingListFilter.Open => FindingStatusFilter.Open,
            FindingListFilter.Completed => FindingStatusFilter.Completed,
            FindingListFilter.AwaitingSignOff => FindingStatusFilter.AwaitingSignOff,
            FindingListFilter.SignedOff => FindingStatusFilter.SignedOff,
            _ => FindingStatusFilter.All,
        };
        var rows = (await ledger.ListFindingsAsync(query, cancellationToken)).Select(FindingCardModels.Row).ToList();
        return [reply.Card(FindingListCard.Build(new FindingListCardModel(query, rows), reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> HistoryAsync(int? number, Reply reply, CancellationToken cancellationToken)
    {
        if (number is null)
        {
            return [reply.Text(reply.Texts.AskWhichFindingForHistory)];
        }

        var finding = await ledger.GetFindingAsync(number.Value, cancellationToken);
        if (finding is null)
        {
            return [await NoSuchFindingAsync(number.Value, reply, cancellationToken)];
        }

        var entries = FindingHistoryCard.Entries(finding);
        return [reply.Card(FindingHistoryCard.Build(finding.Number, finding.Title, entries, reply.Texts, options.Value.OfficeTimeZone))];
    }

    private async Task<OutboundMessage> NoSuchFindingAsync(int number, Reply reply, CancellationToken cancellationToken)
    {
        var numbers = await ledger.FindingNumbersAsync(cancellationToken);
        return numbers.Count == 0
            ? reply.Text(reply.Texts.NoFindingsYet)
            : reply.Text(reply.Texts.NumberOutOfRange(number, numbers[0], numbers[^1]));
    }
}
