using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Linking accounts: a one-time code sent from the account to link ("link K7M2QX9P", 绑定 K7M2QX9P, /link …); a
/// request for such a code (绑定Telegram, "link my telegram account"); and an administrator linking someone's account
/// (把Telegram账号123456789绑定给张三, "link telegram 123456789 to Zhang San"). A code is only what
/// <see cref="LinkCode.Normalize"/> accepts, so "link telegram" is never mistaken for one.
/// </summary>
public sealed partial class AccountLinkRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Realm = @"(?<realm>telegram|tg|teams|microsoft|ms\s*teams|电报)";

    public string Name => "account link";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        var text = utterance.Core;
        if (Code().Match(text) is { Success: true } code && LinkCode.Normalize(code.Groups["code"].Value) is { } normalized)
        {
            return new RedeemLinkCodeIntent(normalized);
        }

        if (AskForCode().Match(text) is { Success: true } ask)
        {
            return new LinkAccountIntent(RealmOf(ask.Groups["realm"].Value));
        }

        foreach (var pattern in (Regex[])[ChineseAdminLink(), ChineseAdminLinkFor(), EnglishAdminLink()])
        {
            if (pattern.Match(text) is { Success: true } admin && RealmOf(admin.Groups["realm"].Value) is { } realm)
            {
                return new LinkIdentityRequestIntent(admin.Groups["who"].Value.Trim(), realm, admin.Groups["id"].Value.Trim());
            }
        }

        return null;
    }

    private static string? RealmOf(string word) =>
        word.Trim().ToLowerInvariant() switch
        {
            "tg" or "电报" => IdentityRealm.Telegram,
            var other when other.StartsWith("ms", StringComparison.Ordinal) => IdentityRealm.Microsoft,
            var other => IdentityRealm.Parse(other),
        };

    [GeneratedRegex(@"^(/link|link|绑定|关联)\s*[:：]?\s*(?<code>[a-z0-9]{4}[\s-]?[a-z0-9]{4})$", Options)]
    private static partial Regex Code();

    [GeneratedRegex(@"^(/link$|(请|我要|我想|帮我)?(绑定|关联|连接)(我的)?\s*" + Realm + @"?\s*(账号|帐号|账户)?$|(please\s+)?(link|connect)(\s+(my|a))?(\s+" + Realm + @")?(\s+account)?$|i\s+(want|would\s+like)\s+to\s+link\s+(my\s+)?" + Realm + @"(\s+account)?$)", Options)]
    private static partial Regex AskForCode();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)\s*" + Realm + @"\s*(账号|帐号|账户)?\s*(?<id>[^\s,，。]{1,200})\s*(绑定|关联)(给|到|至)\s*(?<who>[^,，。]{1,40})$", Options)]
    private static partial Regex ChineseAdminLink();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(给|为)\s*(?<who>[^,，。\s]{1,40}?)\s*(绑定|关联)\s*" + Realm + @"\s*(账号|帐号|账户)?\s*(?<id>[^\s,，。]{1,200})$", Options)]
    private static partial Regex ChineseAdminLinkFor();

    [GeneratedRegex(@"^(please\s+)?(link|connect)\s+(the\s+)?" + Realm + @"\s+(account\s+|user\s+)?(id\s+)?(?<id>[^\s,]{1,200})\s+(to|with)\s+(?<who>.{1,40})$", Options)]
    private static partial Regex EnglishAdminLink();
}
