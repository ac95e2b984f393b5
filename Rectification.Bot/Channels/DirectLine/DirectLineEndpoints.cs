using System.Text.Json;
using Rectification.Bot.Security.RateLimiting;
using Rectification.Bot.Web;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST API under /v3/directline, as Web Chat and botframework-directlinejs call it: tokens,
/// starting and reconnecting to a conversation, posting an activity (which runs the turn), and reading the
/// conversation's activities from a watermark. The stream is <see cref="DirectLineStream"/>.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Root = "/v3/directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Root).DisableAntiforgery().RequireAddressRateLimit();
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshTokenAsync);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        endpoints.MapPost(WebChatTokenEndpoint.Path, WebChatTokenEndpoint.IssueAsync).DisableAntiforgery().RequireAddressRateLimit();
        endpoints.MapGet(WebChatPage.Path, WebChatPage.Render).RequireWebVisitor();
    }

    /// <summary>A token for a new conversation, for the site holding the secret, bound to the user it names (or a new one).</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineCallers callers, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        if (await callers.FromAsync(request) is not { HoldsSecret: true })
        {
            return Forbidden("Only the Direct Line secret generates tokens.");
        }

        var parameters = await ReadBodyAsync<DirectLineTokenParameters>(request, cancellationToken);
        if (parameters is { Body.User.Id: { Length: > 128 } } || parameters.Error)
        {
            return BadArgument("The body is not token parameters (a user with an id of at most 128 characters).");
        }

        var user = parameters.Body?.User;
        var grant = new DirectLineGrant(DirectLineIds.NewConversationId(), user?.Id is { Length: > 0 } id ? id : DirectLineIds.NewUserId(), user?.Name);
        return Results.Ok(TokenAnswer(grant, tokens));
    }

    /// <summary>A fresh token for the same conversation and user, for a holder of a token that has not expired.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpRequest request, DirectLineCallers callers, DirectLineTokens tokens) =>
        await callers.FromAsync(request) is { Grant: { } grant }
            ? Results.Ok(TokenAnswer(grant, tokens))
            : Forbidden("Only a valid token is refreshed.");

    /// <summary>
    /// A token starts its own conversation (again, if it was started); the secret starts a new one. Either way the
    /// bot greets the conversation once, as when a bot is added.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineCallers callers, DirectLineTokens tokens, DirectLineTranscript transcript, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        var caller = await callers.FromAsync(request);
        if (caller is null)
        {
            return Forbidden("A Direct Line token or the secret is needed.");
        }

        var grant = caller.Grant ?? new DirectLineGrant(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), UserName: null);
        var existed = await transcript.HasAnyAsync(grant.ConversationId, cancellationToken);
        await turns.GreetAsync(grant, cancellationToken);
        var answer = ConversationAnswer(request, grant, tokens, watermark: null);
        return existed ? Results.Ok(answer) : Results.Created($"{Root}/conversations/{grant.ConversationId}", answer);
    }

    /// <summary>A new stream address for a conversation the caller may use, from the watermark it has.</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineCallers callers, DirectLineTokens tokens)
    {
        if (await callers.FromAsync(request) is not { } caller || !caller.MayUse(conversationId))
        {
            return Forbidden("The token is not for this conversation.");
        }

        if (!DirectLineTranscript.TryReadWatermark(watermark, out _))
        {
            return BadArgument("The watermark is not one this conversation gave.");
        }

        var grant = caller.Grant ?? new DirectLineGrant(conversationId, DirectLineIds.NewUserId(), UserName: null);
        return Results.Ok(ConversationAnswer(request, grant, tokens, watermark));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineCallers callers, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        if (await callers.FromAsync(request) is not { } caller || !caller.MayUse(conversationId))
        {
            return Forbidden("The token is not for this conversation.");
        }

        var posted = await ReadBodyAsync<DirectLineActivity>(request, cancellationToken);
        if (posted is not { Body: { Type.Length: > 0 } activity, Error: false })
        {
            return BadArgument("The body is not an activity with a type.");
        }

        // A token speaks for its own user whatever the activity claims; the secret's site names its users itself.
        activity.From = caller.Grant is { } grant
            ? new DirectLineAccount { Id = grant.UserId, Name = activity.From?.Name ?? grant.UserName, Role = "user" }
            : activity.From is { Id.Length: > 0 } from ? new DirectLineAccount { Id = from.Id, Name = from.Name, Role = "user" } : null;
        if (activity.From is null)
        {
            return BadArgument("The activity names no user (from.id).");
        }

        var id = await turns.TakeAsync(conversationId, activity, cancellationToken);
        return Results.Ok(new DirectLineResourceResponse(id));
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineCallers callers, DirectLineTranscript transcript, CancellationToken cancellationToken)
    {
        if (await callers.FromAsync(request) is not { } caller || !caller.MayUse(conversationId))
        {
            return Forbidden("The token is not for this conversation.");
        }

        if (!DirectLineTranscript.TryReadWatermark(watermark, out var after))
        {
            return BadArgument("The watermark is not one this conversation gave.");
        }

        return Results.Json(await transcript.AfterAsync(conversationId, after, cancellationToken), DirectLineJson.Options);
    }

    private static DirectLineConversation TokenAnswer(DirectLineGrant grant, DirectLineTokens tokens) => new()
    {
        ConversationId = grant.ConversationId,
        Token = tokens.Issue(grant),
        ExpiresIn = (int)tokens.Lifetime.TotalSeconds,
    };

    private static DirectLineConversation ConversationAnswer(HttpRequest request, DirectLineGrant grant, DirectLineTokens tokens, string? watermark)
    {
        var answer = TokenAnswer(grant, tokens);
        return answer with { StreamUrl = DirectLineStream.Url(request, grant.ConversationId, answer.Token!, watermark) };
    }

    private static async Task<(T? Body, bool Error)> ReadBodyAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength is 0 || !request.HasJsonContentType())
        {
            return (null, request.ContentLength is > 0);
        }

        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, DirectLineJson.Options, cancellationToken), false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }

    private static IResult Forbidden(string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail("Forbidden", message)), DirectLineJson.Options, statusCode: StatusCodes.Status403Forbidden);

    private static IResult BadArgument(string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail("BadArgument", message)), DirectLineJson.Options, statusCode: StatusCodes.Status400BadRequest);
}
