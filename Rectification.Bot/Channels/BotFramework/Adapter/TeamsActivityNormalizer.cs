using System.Text.Json;
using System.Text.RegularExpressions;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Teams;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// Brings what Teams sends into the shape the conversation expects, as the SDK does: the tenant copied into
/// the conversation, and the bot's own @mention removed from the text using the mention entities.
/// </summary>
internal static partial class TeamsActivityNormalizer
{
    public static void Normalize(Activity activity)
    {
        CopyTenant(activity);
        StripBotMention(activity);
    }

    private static void CopyTenant(Activity activity)
    {
        if (activity.Conversation is null || !string.IsNullOrEmpty(activity.Conversation.TenantId))
        {
            return;
        }

        var tenantId = activity.ChannelData?["tenant"]?["id"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(tenantId))
        {
            activity.Conversation.TenantId = tenantId;
        }
    }

    private static void StripBotMention(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Text) || activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return;
        }

        foreach (var mention in activity.Entities.Where(e => e.Type == TeamsMentions.EntityType).ToList())
        {
            if (TeamsMentions.MentionedId(mention) != botId)
            {
                continue;
            }

            var text = MentionText(mention);
            activity.Text = text is null ? activity.Text : activity.Text.Replace(text, " ", StringComparison.OrdinalIgnoreCase);
            activity.Entities.Remove(mention);
        }

        // Other people's mentions keep their names; only the markup goes.
        activity.Text = OtherMentionMarkup().Replace(activity.Text, "$1 ").Trim();
        activity.Text = Whitespace().Replace(activity.Text, " ");
    }

    private static string? MentionText(Entity mention)
    {
        if (mention.Properties?.GetValueOrDefault("text") is { ValueKind: JsonValueKind.String } text)
        {
            return text.GetString();
        }

        return TeamsMentions.MentionedName(mention) is { } name ? $"<at>{name}</at>" : null;
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMentionMarkup();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Whitespace();
}
