namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>Where the whole round stands: 现在整体情况怎么样, 一共多少项完成了几项, "overall progress".</summary>
public sealed record OverallProgressIntent : Intent;
