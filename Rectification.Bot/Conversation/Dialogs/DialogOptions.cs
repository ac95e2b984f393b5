namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>The "Dialogs" settings.</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>A dialog nobody answered for this long is dropped with a polite note (default 24 hours).</summary>
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many unusable answers a step takes before the dialog gives up.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// How long a turn may hold a step it took (default 30 seconds): far longer than a step takes, short enough that a
    /// turn lost with its instance leaves the dialog usable again soon.
    /// </summary>
    public TimeSpan StepLease { get; set; } = TimeSpan.FromSeconds(30);
}
