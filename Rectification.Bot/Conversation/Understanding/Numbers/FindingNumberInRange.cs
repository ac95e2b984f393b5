namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>A finding number that exists.</summary>
public sealed record FindingNumberInRange(int Number, string Raw, int Start, int Length)
    : FindingNumberMention(Raw, Start, Length);
