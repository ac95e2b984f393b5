using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Text;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Conversation.Understanding.Languages;

/// <summary>
/// The language a message is written in, when it shows one: Chinese as soon as it holds an ideograph (mixed
/// messages are Chinese, the office's working language); English when it holds an English word. Commands and
/// tags ("/status", "/status@RectBot", "#14") and bare numbers show no language, so the result is null and the
/// caller falls back (see <see cref="ReplyLanguage"/>).
/// </summary>
public static partial class LanguageDetector
{
    public static Language? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (CjkText.ContainsIdeograph(text))
        {
            return Language.Chinese;
        }

        return EnglishWord().IsMatch(TextNormalizer.Normalize(text)) ? Language.English : null;
    }

    // Two or more letters standing as a word of their own: not "/status", "@RectBot", "#a1" or the "th" of "14th".
    [GeneratedRegex(@"(?<![\w/#@])[a-z]{2,}(?![\w@])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWord();
}
