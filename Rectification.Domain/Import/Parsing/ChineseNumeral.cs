namespace Rectification.Domain.Import.Parsing;

/// <summary>Chinese numerals from 一 to 九十九, as used by the measure markers 一是, 二是, … 十一是.</summary>
internal static class ChineseNumeral
{
    private const string Digits = "一二三四五六七八九";
    private const char Ten = '十';

    /// <summary>The value of <paramref name="numeral"/>, or null when it is not a numeral from 1 to 99.</summary>
    public static int? TryParse(string numeral)
    {
        var tenAt = numeral.IndexOf(Ten, StringComparison.Ordinal);
        if (tenAt < 0)
        {
            return numeral.Length == 1 ? DigitValue(numeral[0]) : null;
        }

        var tens = tenAt == 0 ? 1 : tenAt == 1 ? DigitValue(numeral[0]) : null;
        var unitsText = numeral[(tenAt + 1)..];
        var units = unitsText.Length == 0 ? 0 : unitsText.Length == 1 ? DigitValue(unitsText[0]) : null;
        return tens is null || units is null ? null : (tens * 10) + units;
    }

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        var tens = value / 10;
        var units = value % 10;
        var tensText = tens switch
        {
            0 => string.Empty,
            1 => Ten.ToString(),
            _ => $"{Digits[tens - 1]}{Ten}",
        };
        return units == 0 ? tensText : tensText + Digits[units - 1];
    }

    private static int? DigitValue(char c)
    {
        var at = Digits.IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? null : at + 1;
    }
}
