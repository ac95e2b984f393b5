using Rectification.Bot.Hosting.Logging;
using Telegram.Bot;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// Long polling, the default mode: asks Telegram for updates (getUpdates, waiting up to <see cref="PollSeconds"/> for
/// one), handles them in order and confirms them with the next offset. Errors pause the loop with growing backoff.
/// Each update is claimed in the database, so a second instance or a restart never handles one twice.
/// </summary>
internal sealed partial class TelegramPolling(IServiceScopeFactory scopes, ILogger<TelegramPolling> logger) : BackgroundService
{
    /// <summary>How long one getUpdates waits on Telegram's side; the HTTP timeout is longer (<see cref="TelegramChannelExtensions"/>).</summary>
    public const int PollSeconds = 25;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var webhookRemoved = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var client = scope.ServiceProvider.GetRequiredService<ITelegramBotClient>();
                if (!webhookRemoved)
                {
                    // getUpdates is refused while a webhook is set (left from an earlier deployment in webhook mode).
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    webhookRemoved = true;
                }

                var updates = await client.GetUpdates(offset, timeout: PollSeconds, allowedUpdates: TelegramSetup.AllowedUpdates, cancellationToken: stoppingToken);
                failures = 0;
                foreach (var update in updates)
                {
                    await HandleAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var pause = TelegramBackoff.After(failures++);
                LogPollFailed(error, pause);
                await Task.Delay(pause, stoppingToken);
            }
        }
    }

    /// <summary>One update in its own scope; its failure is logged and the loop goes on (it would fail again).</summary>
    private async Task HandleAsync(global::Telegram.Bot.Types.Update update, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>().HandleAsync(update, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogUpdateFailed(error, update.Id);
        }
    }

    [LoggerMessage(EventId = FailureEvents.TelegramPollFailed, Level = LogLevel.Warning, Message = "Telegram: getUpdates failed; polling again in {Pause}")]
    private partial void LogPollFailed(Exception error, TimeSpan pause);

    [LoggerMessage(EventId = FailureEvents.TelegramUpdateFailed, Level = LogLevel.Error, Message = "Telegram: update {UpdateId} could not be handled")]
    private partial void LogUpdateFailed(Exception error, int updateId);
}
