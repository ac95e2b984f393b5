namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>你好, "hi", 谢谢, "thanks": a word of courtesy, answered with one in return and a pointer to help.</summary>
public sealed record GreetingIntent(Courtesy Courtesy) : Intent;

/// <summary>Which courtesy the person offered.</summary>
public enum Courtesy
{
    Hello,
    Thanks,
}
