namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>A well-formed number that is not a finding number (0, 30, 一百零五).</summary>
public sealed record FindingNumberOutOfRange(int Value, string Raw, int Start, int Length)
    : FindingNumberMention(Raw, Start, Length);
