using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Understanding.Languages;

/// <summary>
/// The language to answer in: the language of the message itself; for a message that shows none ("14",
/// "/status 14") the locale the channel sent with the activity; then the language the user wrote in last; then
/// Chinese, the office's working language.
/// </summary>
public static class ReplyLanguage
{
    public static Language Choose(Language? detected, string? activityLocale, Language? lastUsed) =>
        detected ?? FromLocale(activityLocale) ?? lastUsed ?? Language.Chinese;

    /// <summary>
    /// "zh", "zh-CN", "zh-Hans-CN", "zh_TW" → Chinese; "en", "en-US" → English; anything else (including "fr-FR"
    /// or garbage) gives no answer rather than a wrong one, so the chain goes on.
    /// </summary>
    public static Language? FromLocale(string? locale)
    {
        var primary = locale?.Trim().Split('-', '_')[0];
        return primary?.ToUpperInvariant() switch
        {
            "ZH" => Language.Chinese,
            "EN" => Language.English,
            _ => null,
        };
    }
}
