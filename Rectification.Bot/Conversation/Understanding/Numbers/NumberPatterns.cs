using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>Regex fragments for numbers, shared by the patterns that find findings, measures and percentages.</summary>
public static class NumberPatterns
{
    /// <summary>A run of digits or Chinese numeral characters: 14, 十四, 二十九, 一百零五.</summary>
    public const string NumeralRun = "[0-9" + ChineseNumeral.NumeralCharacters + "]+";

    /// <summary>
    /// An English-side token that holds a digit: 14, 14th, and also garbage such as x1 or 1a, which is kept so the
    /// answer can say it is not a finding number instead of ignoring it.
    /// </summary>
    public const string DigitWord = "[0-9a-z]*[0-9][0-9a-z]*";
}
