using System.Net;
using System.Text.Json.Serialization;
using Rectification.Bot.Security;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// POST /webchat/token: the token the bot's own chat page starts with, for a new conversation and a new user. Only
/// in Development and only to a browser on this machine (loopback); deployed, a page gets its token once its user
/// has signed in, and an embedding site gets one with the secret (tokens/generate).
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/webchat/token";

    /// <summary>The token answer plus the user it is for, which Web Chat is told so it knows its own messages.</summary>
    public sealed record WebChatGrant(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string UserId);

    public static IResult Issue(HttpContext http, SecurityPolicy policy, DirectLineTokens tokens)
    {
        var remote = http.Connection.RemoteIpAddress;
        if (policy.Mode != SecurityMode.Development || remote is null || !IPAddress.IsLoopback(remote))
        {
            return Results.Json(
                new DirectLineError(new DirectLineErrorDetail("Forbidden", "The chat page's tokens are given only in Development, to a browser on this machine.")),
                DirectLineJson.Options,
                statusCode: StatusCodes.Status403Forbidden);
        }

        var grant = new DirectLineGrant(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), UserName: null);
        return Results.Json(new WebChatGrant(grant.ConversationId, tokens.Issue(grant), (int)tokens.Lifetime.TotalSeconds, grant.UserId), DirectLineJson.Options);
    }
}
