namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>The message refers to no finding by number.</summary>
public sealed record NoFindingNumber : FindingNumberResult
{
    public static NoFindingNumber Instance { get; } = new();
}
