using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// POST /api/telegram: where Telegram delivers updates in webhook mode. A request without the secret token the
/// webhook was registered with is refused with 401 before anything is read, so only Telegram can speak for its users.
/// </summary>
public static partial class TelegramWebhookEndpoint
{
    public const string Path = "/api/telegram";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    internal static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<TelegramOptions> options, TelegramUpdateHandler updates, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!HasSecret(http.Request, options.Value.SecretToken))
        {
            LogRefused(loggers.CreateLogger(typeof(TelegramWebhookEndpoint)), http.Connection.RemoteIpAddress?.ToString());
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        // Any failure gives Telegram a 500, and it delivers the update again; the claim on it was given back.
        await updates.HandleAsync(update, cancellationToken);
        return Results.Ok();
    }

    private static bool HasSecret(HttpRequest request, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || !request.Headers.TryGetValue(SecretHeader, out var sent) || sent.Count != 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent[0] ?? string.Empty), Encoding.UTF8.GetBytes(secret));
    }

    [LoggerMessage(EventId = FailureEvents.TelegramWebhookRefused, Level = LogLevel.Warning, Message = "Telegram webhook: a request from {RemoteAddress} without the right secret token was refused")]
    private static partial void LogRefused(ILogger logger, string? remoteAddress);
}
