namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>
/// Something stands where a finding number belongs but cannot be read as one: "item x1", 第十十项, a run of digits
/// too long for any number. Answered like an out-of-range number, naming the valid range.
/// </summary>
public sealed record FindingNumberUnparseable(string Raw, int Start, int Length)
    : FindingNumberMention(Raw, Start, Length);
