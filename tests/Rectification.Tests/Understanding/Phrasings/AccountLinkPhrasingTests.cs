using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.People;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>Linking accounts: asking for a one-time code, sending it, an administrator linking an account, and adding the person who wrote.</summary>
public sealed class AccountLinkPhrasingTests
{
    public static TheoryData<string, Intent> Cases => new()
    {
        // Asking for a code.
        { "绑定Telegram", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "绑定 telegram", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "我要绑定Telegram账号", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "绑定我的电报账号", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "关联Telegram", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "绑定账号", new LinkAccountIntent(null) },
        { "绑定Teams", new LinkAccountIntent(IdentityRealm.Microsoft) },
        { "link telegram", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "Link Telegram.", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "link my telegram account", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "please link my Telegram account", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "I want to link my telegram", new LinkAccountIntent(IdentityRealm.Telegram) },
        { "link my account", new LinkAccountIntent(null) },
        { "/link", new LinkAccountIntent(null) },

        // Sending the code from the account to link (Telegram's /link CODE arrives as "link CODE").
        { "link K7M2QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "link k7m2qx9p", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "/link K7M2QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "link K7M2-QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "绑定 K7M2QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "绑定K7M2QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },
        { "绑定：K7M2QX9P", new RedeemLinkCodeIntent("K7M2QX9P") },

        // An administrator links someone's account.
        { "把Telegram账号123456789绑定给张三", new LinkIdentityRequestIntent("张三", IdentityRealm.Telegram, "123456789") },
        { "把telegram 123456789 关联到王五", new LinkIdentityRequestIntent("王五", IdentityRealm.Telegram, "123456789") },
        { "给张三绑定Telegram 123456789", new LinkIdentityRequestIntent("张三", IdentityRealm.Telegram, "123456789") },
        { "link telegram 123456789 to Zhang San", new LinkIdentityRequestIntent("Zhang San", IdentityRealm.Telegram, "123456789") },
        { "link the telegram account 123456789 to 张三", new LinkIdentityRequestIntent("张三", IdentityRealm.Telegram, "123456789") },
        { "link teams account 29:1abc to Wang Wu", new LinkIdentityRequestIntent("Wang Wu", IdentityRealm.Microsoft, "29:1abc") },

        // Adding the person who wrote to the bot, by name.
        { "把张三加为办公室工作人员", new AddPersonRequestIntent("张三", PersonRole.Staff, "办公室") },
        { "把张三加为办公室的员工", new AddPersonRequestIntent("张三", PersonRole.Staff, "办公室") },
        { "将李四添加为领导", new AddPersonRequestIntent("李四", PersonRole.Leader, null) },
        { "add Zhang San as staff of 办公室", new AddPersonRequestIntent("Zhang San", PersonRole.Staff, "办公室") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsUnderstoodAs(string message, Intent expected) => Phrasings.Assert(message, expected);
}
