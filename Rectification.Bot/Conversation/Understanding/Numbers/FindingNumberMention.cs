namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>
/// A place in the (normalized) message that refers to a finding by number, such as 第十四项 or "item 14".
/// <paramref name="Start"/> and <paramref name="Length"/> cover the whole reference so a recognizer can take the
/// rest of the message (a reason, a progress text); <paramref name="Raw"/> is just the number as written.
/// </summary>
public abstract record FindingNumberMention(string Raw, int Start, int Length) : FindingNumberResult
{
    /// <summary>
    /// The number is only suffixed (135项, 14号), without 第, 问题, "item" or a command: it may be a count quoted from
    /// a finding ("金融产品135项") rather than a reference to one.
    /// </summary>
    public bool MayBeACount { get; init; }
}
