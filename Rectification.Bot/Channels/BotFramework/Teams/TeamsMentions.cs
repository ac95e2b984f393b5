using System.Text.Json;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Teams;

/// <summary>
/// Teams' @mentions: entities of type "mention" whose "mentioned" names the account (id and name). The bot's own
/// mention addresses the bot; the others name people, which an administrator uses to add "this person".
/// </summary>
internal static class TeamsMentions
{
    public const string EntityType = "mention";

    /// <summary>The people a message mentions, the bot excluded, each once.</summary>
    public static IReadOnlyList<ChannelUser> People(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Entities ?? [])
            .Where(e => e.Type == EntityType)
            .Select(e => (Id: MentionedId(e), Name: MentionedName(e)))
            .Where(m => !string.IsNullOrWhiteSpace(m.Id) && m.Id != activity.Recipient?.Id)
            .DistinctBy(m => m.Id)
            .Select(m => new ChannelUser(IdentityRealms.Microsoft, m.Id!, m.Name))];
    }

    public static string? MentionedId(Entity mention) => Mentioned(mention, "id");

    public static string? MentionedName(Entity mention) => Mentioned(mention, "name");

    private static string? Mentioned(Entity mention, string property) =>
        mention.Properties?.GetValueOrDefault("mentioned") is { ValueKind: JsonValueKind.Object } mentioned
        && mentioned.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
