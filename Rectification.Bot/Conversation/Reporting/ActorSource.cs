using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>Who sent an activity, as the ledger knows them (or an unknown actor named as the channel shows them).</summary>
internal sealed class ActorSource(PeopleDirectory people)
{
    public Task<Actor> IdentifyAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var identity = new ChannelIdentity(inbound.ChannelId, inbound.From.Id, inbound.From.AlternateId, inbound.From.Name);
        return people.IdentifyAsync(identity, cancellationToken);
    }
}
