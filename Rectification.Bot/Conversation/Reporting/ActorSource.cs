using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>Who sent an activity, as the ledger knows them (or an unknown actor named as the channel shows them).</summary>
internal sealed class ActorSource(PeopleDirectory people)
{
    public Task<Actor> IdentifyAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var identity = new ChannelIdentity(
            IdentityRealm.Microsoft,
            activity.From?.Id ?? "unknown",
            activity.From?.AadObjectId,
            activity.From?.Name);
        return people.IdentifyAsync(identity, activity.ChannelId ?? "unknown", cancellationToken);
    }
}
