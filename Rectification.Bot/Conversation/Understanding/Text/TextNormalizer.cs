using System.Text;
using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Conversation.Understanding.Text;

/// <summary>
/// Puts a chat message into the one shape every recognizer expects, so that none of them has to care about
/// how it was typed: full-width digits, letters and punctuation (１４, ＃, ：, ？, the ideographic space) become
/// their ASCII forms (Unicode NFKC), runs of white space become one space, the traditional forms of the
/// recognizers' characters become simplified (項 → 项, <see cref="TraditionalCharacters"/>), and Telegram's
/// "/status@SomeBot" becomes "/status". Text that is not well-formed is made so first (<see cref="WellFormedText"/>). Idempotent, so text positions found in normalized text stay valid when it is normalized again.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var compatible = TraditionalCharacters.ToSimplified(Compatible(text));
        var collapsed = WhiteSpace().Replace(compatible, " ").Trim();
        return CommandAddressedToBot().Replace(collapsed, "$1");
    }

    /// <summary>
    /// The Unicode compatibility form (NFKC) of text made well-formed first, since normalization refuses a lone
    /// surrogate: the one way understanding normalizes what a person typed.
    /// </summary>
    public static string Compatible(string text) => WellFormedText.Clean(text)!.Normalize(NormalizationForm.FormKC);

    // Zero-width spaces and byte-order marks are not \s but do appear in text pasted from Teams and Word.
    [GeneratedRegex(@"[\s\u200B\u200C\u200D\uFEFF]+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(/[a-z_]+)@\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommandAddressedToBot();
}
