using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Security.RateLimiting;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>POST /api/messages: where Teams, Web Chat and the Emulator deliver activities.</summary>
public static class BotFrameworkEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotFrameworkEndpoint(this IEndpointRouteBuilder endpoints)
    {
        if (!BotFrameworkChannelExtensions.IsEnabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            return endpoints;
        }

        // Other methods on this path get 405 from routing, as the SDK answers them.
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery().RequireAddressRateLimit();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, BotFrameworkAdapter adapter, CancellationToken cancellationToken)
    {
        var read = await ActivityRequestReader.ReadAsync(http.Request, cancellationToken);
        if (read.Activity is null)
        {
            return Results.Problem(statusCode: read.ErrorStatus, title: "Bad activity", detail: read.Error);
        }

        AdapterResponse answer;
        try
        {
            answer = await adapter.ProcessAsync(read.Activity, http.Request.Headers.Authorization, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            // The reason is logged by the authenticator; the caller learns nothing about it, as with the SDK.
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return answer.Body is null
            ? Results.StatusCode(answer.Status)
            : Results.Json(answer.Body, ActivitySerializer.Options, statusCode: answer.Status);
    }
}
