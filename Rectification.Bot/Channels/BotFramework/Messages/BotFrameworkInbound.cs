using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Proactive;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Teams;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Messages;

/// <summary>Turns an inbound activity into the core's message (the activity itself stays the channel's wire format).</summary>
internal static class BotFrameworkInbound
{
    /// <summary>
    /// The core's message for an activity the conversation handles: a message, or the bot having just been added
    /// (Teams' rules, <see cref="WelcomeOccasion"/>). Null for everything else, which is acknowledged without a turn.
    /// </summary>
    public static InboundMessage? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message => Message(activity),
            ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate when WelcomeOccasion.IsBotAdded(activity) =>
                Message(activity) with { Kind = InboundKind.BotAdded, Text = null, Value = null },
            _ => null,
        };
    }

    /// <summary>The activity as a message turn, whatever its type (an invoke's Action.Execute data is handed over as its value).</summary>
    public static InboundMessage Message(Activity activity, JsonObject? value = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new InboundMessage
        {
            Conversation = Address(activity),
            From = new ChannelUser(
                IdentityRealms.Microsoft,
                activity.From?.Id ?? string.Empty,
                activity.From?.Name,
                activity.From?.AadObjectId),
            Id = activity.Id,
            Text = value is null ? activity.Text : null,
            Value = value ?? activity.Value as JsonObject,
            Locale = activity.Locale,
            TimeZone = activity.LocalTimezone,
            Files = Files(activity),
            Mentions = TeamsMentions.People(activity),
            TeamId = TeamOf(activity),
        };
    }

    public static ConversationAddress Address(Activity activity) => new(
        BotFrameworkMessageChannel.ChannelName,
        activity.ChannelId ?? string.Empty,
        activity.Conversation?.Id ?? string.Empty,
        WelcomeOccasion.IsPersonal(activity));

    /// <summary>The Teams team a channel message was sent in (channelData.team.id); null elsewhere.</summary>
    private static string? TeamOf(Activity activity) =>
        activity.ChannelData?["team"]?["id"] is JsonValue id && id.TryGetValue<string>(out var team) && team.Length > 0 ? team : null;

    /// <summary>
    /// Files sent with the message: every attachment but cards (Teams adds the card a message replied to). A file shared
    /// in a Teams chat comes as its download information: the evidence is its download URL, its type the one its name (or
    /// fileType) implies.
    /// </summary>
    private static List<InboundFile> Files(Activity activity) =>
        [.. (activity.Attachments ?? [])
            .Where(a => a.ContentType != Attachment.AdaptiveCardContentType && (a.ContentUrl is not null || a.Name is not null))
            .Select(a => a.ContentType == TeamsFileDownloadInfo ? TeamsFile(a) : new InboundFile(a.Name ?? string.Empty, a.ContentType, a.ContentUrl))];

    private const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    private static InboundFile TeamsFile(Attachment attachment)
    {
        var name = attachment.Name ?? string.Empty;
        var fileType = attachment.Content?["fileType"] is JsonValue type && type.TryGetValue<string>(out var given) ? given : null;
        if (fileType is { Length: > 0 } && !name.EndsWith("." + fileType, StringComparison.OrdinalIgnoreCase))
        {
            name += "." + fileType;
        }

        var download = attachment.Content?["downloadUrl"] is JsonValue url && url.TryGetValue<string>(out var link) ? link : null;
        return new InboundFile(name, ContentType: null, download ?? attachment.ContentUrl);
    }
}
