using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

/// <summary>
/// The person's answer to a consent card: an invoke named <c>fileConsent/invoke</c> whose value is
/// <c>{type: "fileUpload", action: "accept" | "decline", context, uploadInfo}</c>; on accept, uploadInfo says where to
/// PUT the bytes and how the file will be known. Read as the SDK's TeamsActivityHandler reads it.
/// </summary>
internal sealed record FileConsentInvoke(bool Accepted, FileConsentContext Context, FileUploadInfo? Upload)
{
    public const string InvokeName = "fileConsent/invoke";
    private const string FileUploadType = "fileUpload";

    /// <summary>The answer, or why it cannot be acted on (the invoke is then refused with 400).</summary>
    public static (FileConsentInvoke? Invoke, string? Problem) Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not JsonObject value || Text(value, "type") != FileUploadType)
        {
            return (null, "The value is not a fileUpload consent answer.");
        }

        var action = Text(value, "action");
        if (action is not ("accept" or "decline"))
        {
            return (null, $"{action} is not a supported Action.");
        }

        var accepted = action == "accept";
        if (FileConsentContext.From(value["context"]) is not { } context)
        {
            return (null, "The consent context is not one this bot sent.");
        }

        if (!accepted)
        {
            return (new FileConsentInvoke(false, context, null), null);
        }

        return FileUploadInfo.From(value["uploadInfo"]) is { } upload
            ? (new FileConsentInvoke(true, context, upload), null)
            : (null, "The accepted consent has no usable uploadInfo (name, uploadUrl, contentUrl, uniqueId, fileType).");
    }

    private static string? Text(JsonObject value, string key) =>
        value[key] is JsonValue node && node.TryGetValue<string>(out var text) ? text : null;
}
