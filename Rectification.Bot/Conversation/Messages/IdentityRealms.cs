using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>The kinds of account people are known by; a person may have an identity in each (the domain's <see cref="IdentityRealm"/>).</summary>
public static class IdentityRealms
{
    /// <summary>Microsoft accounts: Teams and the other Bot Framework channels, and the web with Microsoft login.</summary>
    public const string Microsoft = IdentityRealm.Microsoft;

    public const string Telegram = IdentityRealm.Telegram;
}
