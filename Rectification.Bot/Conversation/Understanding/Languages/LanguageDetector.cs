using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Text;
using Rectification.Bot.Localization;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Languages;

/// <summary>
/// The language a message is written in, when it shows one: Chinese as soon as it holds an ideograph (mixed
/// messages are Chinese, the office's working language); English when it holds an English word. Commands and
/// tags ("/status", "/status@RectBot", "#14"), bare numbers, links, e-mail addresses and file names
/// ("https://example.org/report.pdf", "li@example.org", "minutes.docx") show no language — a Chinese user sending a
/// link is still writing Chinese — so the result is null and the caller falls back (see <see cref="ReplyLanguage"/>).
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

        var words = NoLanguage().Replace(TextNormalizer.Normalize(LinkCodes().Replace(text, " ")), " ");
        return EnglishWord().IsMatch(words) ? Language.English : null;
    }

    // Links (with or without a scheme), e-mail addresses and file names: written alike in every language.
    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://\S*|\bwww\.\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|[\w-]+(\.[\w-]+)*\.(pdf|docx?|xlsx?|pptx?|txt|csv|jpe?g|png|gif|zip|rar|7z|ofd|wps|et|dps|md|html?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoLanguage();

    // A one-time link code as the bot shows it ("KMNPQRST", "KMNP-QRST"): it may be all letters, yet it is no word of
    // any language, so "/link KMNPQRST" falls back to the person's language like "/link K7M2QX9P" does.
    [GeneratedRegex(@"(?<![\w-])[" + LinkCode.Alphabet + @"]{4}-?[" + LinkCode.Alphabet + @"]{4}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex LinkCodes();

    // Two or more letters standing as a word of their own: not "/status", "@RectBot", "#a1" or the "th" of "14th".
    [GeneratedRegex(@"(?<![\w/#@])[a-z]{2,}(?![\w@])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWord();
}
