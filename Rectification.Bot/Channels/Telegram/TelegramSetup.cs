using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// Introduces the bot to Telegram at start-up: who it is (getMe), its command menu, and in webhook mode the
/// webhook with its secret. Telegram may be unreachable when the host starts; this keeps trying, with growing
/// pauses, without holding up the rest of the bot.
/// </summary>
internal sealed partial class TelegramSetup(
    IServiceScopeFactory scopes, TelegramBotIdentity identity, IOptions<TelegramOptions> options, ILogger<TelegramSetup> logger)
    : BackgroundService
{
    /// <summary>The update types the bot handles; my_chat_member is not sent unless asked for.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await SetUpAsync(stoppingToken);
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var pause = TelegramBackoff.After(attempt);
                LogSetupFailed(error, pause);
                await Task.Delay(pause, stoppingToken);
            }
        }
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<ITelegramBotClient>();
        var me = await identity.GetAsync(client, cancellationToken);
        await TelegramCommandMenu.RegisterAsync(client, cancellationToken);
        var settings = options.Value;
        if (settings.UsesWebhook)
        {
            await client.SetWebhook(
                settings.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: settings.SecretToken, cancellationToken: cancellationToken);
        }

        LogReady(me.Username, settings.UsesWebhook ? "webhook " + settings.WebhookUrl : "long polling");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: the bot @{Username} is ready ({Mode})")]
    private partial void LogReady(string? username, string mode);

    [LoggerMessage(EventId = FailureEvents.TelegramSetupFailed, Level = LogLevel.Warning, Message = "Telegram: could not introduce the bot to Telegram; trying again in {Pause}")]
    private partial void LogSetupFailed(Exception error, TimeSpan pause);
}
