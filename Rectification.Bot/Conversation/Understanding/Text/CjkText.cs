namespace Rectification.Bot.Conversation.Understanding.Text;

/// <summary>Which characters count as Chinese: the CJK ideograph blocks a message can contain.</summary>
public static class CjkText
{
    public static bool IsIdeograph(char c) => IsIdeograph((int)c);

    public static bool IsIdeograph(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF // Extension A
            or >= 0xF900 and <= 0xFAFF // Compatibility Ideographs
            or >= 0x20000 and <= 0x3134F // Extensions B–G, outside the BMP
            or 0x3007; // 〇, the ideographic zero used in numerals

    /// <summary>Walks runes, not chars, so rare ideographs outside the BMP count and emoji do not.</summary>
    public static bool ContainsIdeograph(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIdeograph(rune.Value))
            {
                return true;
            }
        }

        return false;
    }
}
