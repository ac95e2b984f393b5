namespace Rectification.Bot.Scheduling;

/// <summary>The "Scheduling" settings: whether the Quartz scheduler runs, and how the outbox is drained.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>False: no scheduler starts (commands such as `digest send` still work). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The Quartz cron expression of the job that enqueues due digests and reminders and drains the outbox.</summary>
    public string Cron { get; set; } = "0 * * * * ?";

    /// <summary>Sends of one message before it is abandoned.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed send; it doubles after each further failure, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long an instance owns a message it is sending; after that another may take it up again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// When the bot stops, how long the send already under way may still take. Cut off at once, a message that may
    /// have arrived would be sent again after its lease; no further message is taken up once stopping has begun.
    /// Keep it below the host's shutdown timeout (30 s by default) and the <see cref="Lease"/>.
    /// </summary>
    public TimeSpan SendGraceOnStop { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Messages one drain takes at most.</summary>
    public int BatchSize { get; set; } = 50;

    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(FirstBackoff.Ticks * factor, MaxBackoff.Ticks));
        return wait;
    }
}
