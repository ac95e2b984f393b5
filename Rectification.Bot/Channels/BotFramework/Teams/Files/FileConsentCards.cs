using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

/// <summary>
/// The attachments of Teams' file consent flow (Teams docs, "Send and receive files using bot"): the card asking the
/// person to allow a file into their OneDrive, and the card showing the file once it is there. Teams takes them only
/// in a personal chat. The consent card carries no bytes: its context names what to build again when it is accepted.
/// </summary>
internal static class FileConsentCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>
    /// The consent card offering <paramref name="file"/> in <paramref name="activity"/>'s conversation; null where
    /// Teams cannot take one (not Teams, not a personal chat, not a file built from the ledger).
    /// </summary>
    public static Attachment? Offer(Activity activity, OutboundMessage message, FileAttachment file)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(file);
        if (activity.ChannelId != "msteams" || activity.Conversation?.ConversationType != "personal"
            || file.Source is not { } source || RequesterOf(activity.Recipient) is not { } requester)
        {
            return null;
        }

        var texts = Texts.For(ReplyLanguage.FromLocale(message.Locale) ?? Language.Chinese);
        var context = new FileConsentContext(source.Kind, source.InspectionId, requester).ToJson();
        return new Attachment
        {
            ContentType = ConsentContentType,
            Name = file.Name,
            Content = new JsonObject
            {
                ["description"] = $"{message.Text} {texts.FileConsentNote}",
                ["sizeInBytes"] = file.Content.LongLength,
                ["acceptContext"] = context,
                ["declineContext"] = context.DeepClone(),
            },
        };
    }

    /// <summary>The card showing the uploaded file, from what Teams said about the upload.</summary>
    public static Attachment Info(FileUploadInfo upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new Attachment
        {
            ContentType = InfoContentType,
            ContentUrl = upload.ContentUrl,
            Name = upload.Name,
            Content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
        };
    }

    /// <summary>Whom a consent is for: the AAD object id, which stays the same across the person's chats, else the channel id.</summary>
    public static string? RequesterOf(ChannelAccount? account) =>
        account?.AadObjectId is { Length: > 0 } aad ? aad : account?.Id is { Length: > 0 } id ? id : null;
}

/// <summary>What a consent card offers, carried in its accept and decline contexts: the file to build, for whom.</summary>
internal sealed record FileConsentContext(LedgerFileKind Kind, int InspectionId, string Requester)
{
    private const string KindKey = "kind";
    private const string InspectionKey = "inspectionId";
    private const string RequesterKey = "requester";

    public JsonObject ToJson() => new()
    {
        [KindKey] = Kind.ToString(),
        [InspectionKey] = InspectionId,
        [RequesterKey] = Requester,
    };

    /// <summary>The context as the card was sent with it; null when it is not one this bot wrote.</summary>
    public static FileConsentContext? From(JsonNode? node)
    {
        if (node is not JsonObject context
            || context[KindKey] is not JsonValue kindValue || !kindValue.TryGetValue<string>(out var kindName)
            || !Enum.TryParse<LedgerFileKind>(kindName, ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            || context[InspectionKey] is not JsonValue inspectionValue || !inspectionValue.TryGetValue<int>(out var inspectionId)
            || context[RequesterKey] is not JsonValue requesterValue || !requesterValue.TryGetValue<string>(out var requester)
            || string.IsNullOrEmpty(requester))
        {
            return null;
        }

        return new FileConsentContext(kind, inspectionId, requester);
    }
}
