using System.Text.Json.Nodes;

namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

/// <summary>
/// Where Teams lets the bot put an accepted file: <paramref name="UploadUrl"/> takes the bytes (a pre-authorised
/// OneDrive session, so no bot token goes with them); the rest names the file in the card shown afterwards.
/// </summary>
internal sealed record FileUploadInfo(string Name, Uri UploadUrl, string ContentUrl, string UniqueId, string FileType)
{
    public static FileUploadInfo? From(JsonNode? node)
    {
        if (node is not JsonObject info
            || Text(info, "name") is not { } name
            || Text(info, "uploadUrl") is not { } uploadUrl || !Uri.TryCreate(uploadUrl, UriKind.Absolute, out var upload)
            || Text(info, "contentUrl") is not { } contentUrl
            || Text(info, "uniqueId") is not { } uniqueId)
        {
            return null;
        }

        return new FileUploadInfo(name, upload, contentUrl, uniqueId, Text(info, "fileType") ?? Path.GetExtension(name).TrimStart('.'));
    }

    private static string? Text(JsonObject value, string key) =>
        value[key] is JsonValue node && node.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
