using System.Net;
using System.Text.Json.Serialization;
using Rectification.Bot.Security.WebSignIn;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// POST /webchat/token: the token the bot's own chat page starts with, for a new conversation. A person signed in
/// with Entra ID gets one as themselves: the chat's user id is their Entra object id, the id their account has in
/// the microsoft realm (as Teams' AAD object id), so the chat acts as that person with their role. Without sign-in
/// (Development) only a browser on this machine gets one, for a made-up user; anyone else gets none (an embedding
/// site gets its tokens with the secret, from tokens/generate).
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/webchat/token";

    /// <summary>The token answer plus the user it is for, which Web Chat is told so it knows its own messages.</summary>
    public sealed record WebChatGrant(
        string ConversationId,
        string Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        string UserId,
        string? UserName);

    public static async Task<IResult> IssueAsync(HttpContext http, WebVisitors visitors, DirectLineTokens tokens)
    {
        var grant = await visitors.IdentifyAsync(http) switch
        {
            WebVisitor.Member member => new DirectLineGrant(DirectLineIds.NewConversationId(), member.ObjectId, member.Person.Name),
            WebVisitor.Open when http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) =>
                new DirectLineGrant(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), UserName: null),
            _ => null,
        };
        if (grant is null)
        {
            return Results.Json(
                new DirectLineError(new DirectLineErrorDetail("Forbidden", "The chat page's tokens are given to a registered person signed in, or without sign-in (Development) to a browser on this machine.")),
                DirectLineJson.Options,
                statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.Json(new WebChatGrant(grant.ConversationId, tokens.Issue(grant), (int)tokens.Lifetime.TotalSeconds, grant.UserId, grant.UserName), DirectLineJson.Options);
    }
}
