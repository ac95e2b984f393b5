using Microsoft.Extensions.Options;
using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Supervision;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The one way a finding becomes its status card in a reply: its values, its standing on the ladder today, the office's
/// time zone. Used by the status question and by every saved change that shows the card again.
/// </summary>
internal sealed class StatusCards(SupervisionToday supervision, IOptions<ConversationOptions> options)
{
    public OutboundMessage For(Finding finding, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(reply);
        var model = FindingCardModels.From(finding) with { Supervision = supervision.StandingOf(finding) };
        return reply.Card(FindingStatusCard.Build(model, reply.Texts, options.Value.OfficeTimeZone));
    }
}
