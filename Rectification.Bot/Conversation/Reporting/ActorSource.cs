using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Who sent an activity, as the ledger knows them (or an unknown actor named as the channel shows them). An unknown
/// sender is remembered as a recent visitor, so an administrator can add them by name.
/// </summary>
internal sealed class ActorSource(PeopleDirectory people, RecentVisitors visitors)
{
    public async Task<Actor> IdentifyAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var identity = IdentityOf(activity);
        var actor = await people.IdentifyAsync(identity, activity.ChannelId ?? "unknown", cancellationToken);
        if (actor.Person is null && activity.From?.Id is not null)
        {
            await visitors.RecordAsync(identity, cancellationToken);
        }

        return actor;
    }

    /// <summary>The account behind an activity: its realm and ids, and the name the channel shows.</summary>
    public static ChannelIdentity IdentityOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ChannelIdentity(IdentityRealm.Microsoft, activity.From?.Id ?? "unknown", activity.From?.AadObjectId, activity.From?.Name);
    }
}
