using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security.RateLimiting;

/// <summary>
/// The per-person limit, asked by the conversation before a message's turn runs (the person is only known once the
/// channel has read the body). Within one window a person gets <see cref="RateLimitOptions.MessagesPerUser"/>
/// messages handled, then one notice, then silence until the window ends. In memory, per instance.
/// </summary>
public sealed class MessageRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _messages;
    private readonly PartitionedRateLimiter<string> _notices;

    public MessageRateLimiter(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _messages = PerKey(settings.MessagesPerUser, settings.UserWindow);
        _notices = PerKey(1, settings.UserWindow);
    }

    /// <summary>Counts one message of this person on this channel and says what to do with it.</summary>
    public MessageAdmission Admit(string channelId, string userId)
    {
        var key = string.Concat(channelId, "\n", userId);
        using var message = _messages.AttemptAcquire(key);
        if (message.IsAcquired)
        {
            return MessageAdmission.Handle;
        }

        using var notice = _notices.AttemptAcquire(key);
        return notice.IsAcquired ? MessageAdmission.RefuseWithNotice : MessageAdmission.RefuseQuietly;
    }

    public void Dispose()
    {
        _messages.Dispose();
        _notices.Dispose();
    }

    // Idle partitions are dropped by the limiter itself, so memory follows the people active in the last window.
    private static PartitionedRateLimiter<string> PerKey(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

/// <summary>What happens to one message under the per-person limit.</summary>
public enum MessageAdmission
{
    Handle,

    /// <summary>Over the limit, and the person has not been told yet in this window.</summary>
    RefuseWithNotice,

    /// <summary>Over the limit, already told: the message is acknowledged and dropped.</summary>
    RefuseQuietly,
}
