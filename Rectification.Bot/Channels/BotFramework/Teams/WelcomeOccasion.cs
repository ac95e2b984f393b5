using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Whether an activity means "the bot has just been added here" (brief 4.2): an installationUpdate with action
/// <c>add</c>, or a conversationUpdate whose membersAdded holds the bot itself. Not an app upgrade
/// (<c>add-upgrade</c>), not ordinary members joining, not renames or other team events.
/// </summary>
internal static class WelcomeOccasion
{
    /// <summary>The only Teams eventType under which a membersAdded can mean the bot joined a team.</summary>
    private const string TeamMemberAdded = "teamMemberAdded";

    public static bool IsBotAdded(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action == "add",
        ActivityTypes.ConversationUpdate => BotIsAmongAdded(activity) && IsMembershipEvent(activity.ChannelData),
        _ => false,
    };

    /// <summary>A one-to-one chat gets the card; a team channel or group chat one short introduction.</summary>
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is "personal"
        || (activity.Conversation?.ConversationType is null && activity.Conversation?.IsGroup != true);

    private static bool BotIsAmongAdded(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && activity.MembersAdded?.Any(member => member.Id == botId) == true;

    private static bool IsMembershipEvent(JsonNode? channelData) =>
        channelData?["eventType"] is not JsonValue eventType
        || (eventType.TryGetValue<string>(out var name) && name == TeamMemberAdded);
}
