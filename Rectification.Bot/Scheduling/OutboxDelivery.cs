using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// Drains the outbox: claims due rows, asks the channel that stored each row's conversation to send it (through
/// <see cref="ChannelRegistry"/>), and records the outcome. Transient failures retry with a doubling backoff and
/// stay visible; a 403 (bot blocked or removed) deactivates the subscription; other refusals are abandoned at once.
/// </summary>
/// <remarks>
/// A row is marked "sending" (with a lease) before the send and "sent" after it. If the process dies in between,
/// the row's lease runs out and it is sent once more, logged as a possible repeat; if that happens a second time
/// the row is abandoned instead, so one message is repeated at most once.
/// </remarks>
public sealed partial class OutboxDelivery(
    Outbox outbox,
    ChannelRegistry channels,
    BotStateDbContext db,
    SchedulerInstance instance,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<OutboxDelivery> logger)
{
    /// <param name="stopping">Cancelled when the bot stops: no further row is claimed, and the send under way gets
    /// <see cref="SchedulingOptions.SendGraceOnStop"/> to finish and be recorded.</param>
    public async Task<DeliveryResult> DeliverDueAsync(CancellationToken stopping)
    {
        var settings = options.Value;
        var result = new DeliveryResult();
        // One row at a time: each lease starts just before its own send, so a slow channel never lets the lease of a
        // row still waiting in a batch run out and another instance send it too. BatchSize bounds one run.
        for (var sent = 0; sent < settings.BatchSize && !stopping.IsCancellationRequested; sent++)
        {
            var claimed = await outbox.ClaimDueAsync(instance.Id, 1, settings.Lease, stopping);
            if (claimed.Count == 0)
            {
                break;
            }

            using var send = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
            await using (stopping.Register(() => send.CancelAfter(settings.SendGraceOnStop)))
            {
                await DeliverAsync(claimed[0], settings, result, send.Token);
            }
        }

        return result;
    }

    private async Task DeliverAsync(ClaimedMessage item, SchedulingOptions settings, DeliveryResult result, CancellationToken cancellationToken)
    {
        var message = item.Message;
        if (item.Interrupted)
        {
            if (message.InterruptedSends > 1)
            {
                LogNotRepeated(message.Key, message.Attempts - 1);
                await outbox.AbandonAsync(message.Id, instance.Id, "Interrupted twice while sending; it may have arrived, so it is not sent a third time.", cancellationToken);
                result.Abandoned++;
                return;
            }

            LogPossibleRepeat(message.Key);
        }

        string? activityId;
        try
        {
            var (to, outbound) = Read(message);
            activityId = await channels.SendAsync(to, outbound, cancellationToken);
        }
        catch (ProactiveDeliveryException error) when (!error.IsPermanent)
        {
            await RetryOrAbandonAsync(message, settings, error.Message, result, cancellationToken);
            return;
        }
        catch (ProactiveDeliveryException error)
        {
            LogRefused(message.Key, error.Failure, error.Message);
            await outbox.AbandonAsync(message.Id, instance.Id, $"{error.Failure}: {error.Message}", cancellationToken);
            await RecordPermanentFailureAsync(message, error.Failure, error.Message, cancellationToken);
            result.Abandoned++;
            return;
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await RetryOrAbandonAsync(message, settings, error.Message, result, cancellationToken);
            return;
        }

        // Any other exception leaves the row "sending": it may have arrived, so after its lease it is tried once more
        // and logged as a possible repeat. Rows are claimed one by one, so nothing behind it is held up.

        if (await outbox.MarkSentAsync(message.Id, instance.Id, activityId, CancellationToken.None))
        {
            result.Sent++;
        }
        else
        {
            // Our lease ran out while the channel took its time and another instance took the row up.
            LogLeaseLost(message.Key);
            result.Sent++;
        }
    }

    /// <summary>The stored conversation and message; a row that cannot be read is refused, never retried.</summary>
    private static (StoredConversation To, OutboundMessage Message) Read(OutboxMessage row)
    {
        try
        {
            return (MessageJson.ReadConversation(row.ConversationJson), MessageJson.ReadMessage(row.MessageJson));
        }
        catch (System.Text.Json.JsonException unreadable)
        {
            throw new ProactiveDeliveryException(ProactiveFailure.Refused, $"The stored message cannot be read: {unreadable.Message}", unreadable);
        }
    }

    private async Task RetryOrAbandonAsync(OutboxMessage message, SchedulingOptions settings, string error, DeliveryResult result, CancellationToken cancellationToken)
    {
        if (message.Attempts >= settings.MaxAttempts)
        {
            LogGaveUp(message.Key, message.Attempts, error);
            await outbox.AbandonAsync(message.Id, instance.Id, $"Gave up after {message.Attempts} attempts: {error}", cancellationToken);
            result.Abandoned++;
            return;
        }

        var backoff = settings.BackoffAfter(message.Attempts);
        LogRetry(message.Key, message.Attempts, backoff, error);
        await outbox.MarkFailedAsync(message.Id, instance.Id, error, backoff, cancellationToken);
        result.Failed++;
    }

    private async Task RecordPermanentFailureAsync(OutboxMessage message, ProactiveFailure failure, string detail, CancellationToken cancellationToken)
    {
        // Only a 403 stops the subscription: another refusal (a bad request, a card too large) concerns this message,
        // and next week's may go through.
        if (failure is ProactiveFailure.Blocked && message.SubscriptionId is { } subscriptionId)
        {
            var subscription = await db.DigestSubscriptions.FirstOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
            subscription?.Deactivate(SubscriptionEndReason.Blocked, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The channel has already marked the conversation itself (blocked, too large) on the stored reference.
    }

    [LoggerMessage(EventId = FailureEvents.OutboxPossibleRepeat, Level = LogLevel.Warning, Message = "Outbox {Key}: an earlier send was interrupted before it was marked sent; sending again, so the recipient may see this message twice.")]
    private partial void LogPossibleRepeat(string key);

    [LoggerMessage(EventId = FailureEvents.OutboxAbandonedAfterInterruptions, Level = LogLevel.Error, Message = "Outbox {Key}: interrupted again after {Attempts} attempts; abandoned rather than risk a second repeat.")]
    private partial void LogNotRepeated(string key, int attempts);

    [LoggerMessage(EventId = FailureEvents.OutboxRefusedByChannel, Level = LogLevel.Warning, Message = "Outbox {Key}: the channel refused it ({Failure}): {Detail}. Not retried.")]
    private partial void LogRefused(string key, ProactiveFailure failure, string detail);

    [LoggerMessage(EventId = FailureEvents.OutboxSendRetried, Level = LogLevel.Warning, Message = "Outbox {Key}: attempt {Attempts} failed, retrying in {Backoff}: {Error}")]
    private partial void LogRetry(string key, int attempts, TimeSpan backoff, string error);

    [LoggerMessage(EventId = FailureEvents.OutboxGaveUp, Level = LogLevel.Error, Message = "Outbox {Key}: gave up after {Attempts} attempts: {Error}")]
    private partial void LogGaveUp(string key, int attempts, string error);

    [LoggerMessage(EventId = FailureEvents.OutboxLeaseLost, Level = LogLevel.Warning, Message = "Outbox {Key}: sent, but the lease had passed to another instance before it could be marked sent.")]
    private partial void LogLeaseLost(string key);
}

/// <summary>What one drain of the outbox did.</summary>
public sealed class DeliveryResult
{
    public int Sent { get; set; }

    public int Failed { get; set; }

    public int Abandoned { get; set; }
}

/// <summary>This process's name as lease owner in the outbox (unique per process, at most 128 characters).</summary>
public sealed class SchedulerInstance(string id)
{
    public SchedulerInstance()
        : this($"{Environment.ProcessId}-{Guid.NewGuid():N}-{Environment.MachineName}")
    {
    }

    public string Id { get; } = id.Length <= 128 ? id : id[..128];
}
