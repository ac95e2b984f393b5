namespace Rectification.Bot.Security.RateLimiting;

/// <summary>
/// How fast one person, and one client address, may send (section RateLimits). The limits are kept in memory, per
/// instance: behind a load balancer each instance counts on its own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Messages one person may send in one <see cref="UserWindow"/>: a person types a few a minute, a burst of a few is normal.</summary>
    public int MessagesPerUser { get; set; } = 20;

    public TimeSpan UserWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Requests one client address may make to a message endpoint in one <see cref="AddressWindow"/>. Generous on
    /// purpose: Microsoft's and Telegram's servers post for every user from a few addresses, and must never be
    /// throttled by this; it only stops one host hammering an endpoint (an unauthenticated local bot, Direct Line).
    /// </summary>
    public int RequestsPerAddress { get; set; } = 3000;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan ShortestWindow = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan LongestWindow = TimeSpan.FromHours(1);
}
