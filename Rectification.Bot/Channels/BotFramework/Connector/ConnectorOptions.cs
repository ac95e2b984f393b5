namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>Settings of the outbound Connector client, under the <c>Connector</c> configuration section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    public ConnectorRetryOptions Retry { get; set; } = new();
}

/// <summary>
/// Retry of throttled and transient failures (<c>Connector:Retry:*</c>). The defaults keep one send under
/// half a minute, so a delivery worker notices an outage quickly and reschedules instead of hanging.
/// </summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Attempts in all, the first one included; 1 turns retries off.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Median delay before the first retry; later ones grow exponentially, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on one computed backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// The longest Retry-After this client waits for. A longer one is not retried here: the caller gets a
    /// <see cref="ConnectorException"/> whose RetryAfter says when to try again.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Bound on one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bound on the whole call, every attempt and pause included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
