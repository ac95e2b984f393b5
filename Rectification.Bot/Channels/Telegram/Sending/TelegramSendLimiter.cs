using System.Threading.RateLimiting;

namespace Rectification.Bot.Channels.Telegram.Sending;

/// <summary>
/// Paces this process's sends to Telegram's limits: about one message a second in a chat (a short burst, such as a
/// long answer in three parts, may go at once), twenty a minute in a group, thirty a second in all. Sends wait in
/// order; Telegram's own 429 with retry_after remains the authority and is honoured by the client.
/// </summary>
internal sealed class TelegramSendLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<long> _limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<long, long>(chat => RateLimitPartition.GetTokenBucketLimiter(chat, id => IsGroup(id) ? GroupChat : PrivateChat)),
        PartitionedRateLimiter.Create<long, string>(_ => RateLimitPartition.GetTokenBucketLimiter("all", _ => Overall)));

    private static TokenBucketRateLimiterOptions PrivateChat { get; } = Bucket(burst: 3, tokensPerPeriod: 1, TimeSpan.FromSeconds(1));

    private static TokenBucketRateLimiterOptions GroupChat { get; } = Bucket(burst: 3, tokensPerPeriod: 1, TimeSpan.FromSeconds(3));

    private static TokenBucketRateLimiterOptions Overall { get; } = Bucket(burst: 30, tokensPerPeriod: 30, TimeSpan.FromSeconds(1));

    /// <summary>Waits for a turn to send one message to the chat.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(chatId, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"Too many Telegram messages are waiting to be sent to chat {chatId}.");
        }
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    // Telegram gives groups and channels negative ids, people positive ones.
    private static bool IsGroup(long chatId) => chatId < 0;

    private static TokenBucketRateLimiterOptions Bucket(int burst, int tokensPerPeriod, TimeSpan period) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = tokensPerPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
