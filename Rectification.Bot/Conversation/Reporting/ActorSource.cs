using Rectification.Bot.Conversation.Messages;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Who sent a message, as the ledger knows them (or an unknown actor named as the channel shows them), whichever
/// channel it came through: people are found by the account's realm and ids. An unknown sender is remembered as a
/// recent visitor, so an administrator can add them by name.
/// </summary>
internal sealed class ActorSource(PeopleDirectory people, RecentVisitors visitors)
{
    public async Task<Actor> IdentifyAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var identity = IdentityOf(inbound.From);
        var actor = await people.IdentifyAsync(identity, inbound.ChannelId, cancellationToken);
        if (actor.Person is null)
        {
            await visitors.RecordAsync(identity, cancellationToken);
        }

        return actor;
    }

    /// <summary>The account a channel user is: its realm and ids, and the name the channel shows.</summary>
    public static ChannelIdentity IdentityOf(ChannelUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ChannelIdentity(user.Realm, user.Id, user.AlternateId, user.Name);
    }
}
