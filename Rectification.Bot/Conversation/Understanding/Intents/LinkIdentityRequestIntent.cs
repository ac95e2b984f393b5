namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// 把Telegram账号123456789绑定给张三, "link telegram account 123456789 to Zhang San": an administrator links an
/// account to a registered person (named or by id), confirmed before anything changes.
/// </summary>
public sealed record LinkIdentityRequestIntent(string Person, string Realm, string UserId) : AdminRequestIntent;
