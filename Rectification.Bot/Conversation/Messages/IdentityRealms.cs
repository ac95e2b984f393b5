namespace Rectification.Bot.Conversation.Messages;

/// <summary>The kinds of account people are known by; a person may have an identity in each.</summary>
public static class IdentityRealms
{
    /// <summary>Microsoft accounts: Teams and the other Bot Framework channels, and the web with Microsoft login.</summary>
    public const string Microsoft = "microsoft";

    public const string Telegram = "telegram";
}
