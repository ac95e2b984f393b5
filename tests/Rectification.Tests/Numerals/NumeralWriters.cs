using System.Globalization;
using System.Text;

namespace Rectification.Tests.Numerals;

/// <summary>How people and documents write a number in Chinese: the characters, and the habits that vary.</summary>
internal sealed record ChineseStyle(string Digits, string Units, char Myriad, bool BareTen, bool Liang, bool Contracted)
{
    public static readonly ChineseStyle Plain = new("一二三四五六七八九", "十百千", '万', BareTen: true, Liang: false, Contracted: false);
    public static readonly ChineseStyle Spoken = Plain with { Liang = true };
    public static readonly ChineseStyle Documents = Plain with { BareTen = false };
    public static readonly ChineseStyle InputMethod = Plain with { Contracted = true };
    public static readonly ChineseStyle Financial = new("壹贰叁肆伍陆柒捌玖", "拾佰仟", '万', BareTen: false, Liang: false, Contracted: false);
    public static readonly ChineseStyle TraditionalFinancial = new("壹貳參肆伍陸柒捌玖", "拾佰仟", '萬', BareTen: false, Liang: false, Contracted: false);
    public static readonly ChineseStyle Traditional = new("一二三四五六七八九", "十百千", '萬', BareTen: true, Liang: false, Contracted: false);

    public static readonly ChineseStyle[] All = [Plain, Spoken, Documents, InputMethod, Financial, TraditionalFinancial, Traditional];
}

/// <summary>Writes numbers as people write them, for round-trip tests of the readers (the bot itself only reads).</summary>
internal static class NumeralWriters
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>0 ≤ <paramref name="n"/> &lt; 100,000,000, in the given style.</summary>
    public static string Chinese(int n, ChineseStyle style)
    {
        if (n == 0)
        {
            return "零";
        }

        var text = new StringBuilder();
        var high = n / 10_000;
        var low = n % 10_000;
        if (high > 0)
        {
            Section(text, high, style);
            text.Append(style.Myriad);
            if (low is > 0 and < 1000)
            {
                text.Append('零');
            }
        }

        if (low > 0)
        {
            Section(text, low, style);
        }

        return text.ToString();
    }

    public static string FullWidthDigits(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));

    /// <summary>0 ≤ <paramref name="n"/> &lt; 1,000,000 in words: "and" after hundred or thousand or not, tens joined by a hyphen or a space.</summary>
    public static string English(int n, bool and, bool hyphen, bool ordinal)
    {
        var words = n == 0 ? "zero" : Thousands(n, and, hyphen);
        return ordinal ? Ordinal(words) : words;
    }

    private static void Section(StringBuilder text, int value, ChineseStyle style)
    {
        var pendingZero = false;
        var started = text.Length > 0;
        var wroteInSection = false;
        for (var (unit, place) = (1000, 2); unit >= 1; unit /= 10, place--)
        {
            var digit = value / unit % 10;
            if (digit == 0)
            {
                pendingZero |= wroteInSection;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            if (unit == 10 && style.Contracted && digit is >= 2 and <= 4)
            {
                text.Append("廿卅卌"[digit - 2]);
            }
            else
            {
                var bareTen = unit == 10 && digit == 1 && style.BareTen && !started && !wroteInSection;
                if (!bareTen)
                {
                    text.Append(style.Liang && digit == 2 && unit >= 100 ? '两' : style.Digits[digit - 1]);
                }

                if (unit > 1)
                {
                    text.Append(style.Units[place]);
                }
            }

            wroteInSection = true;
        }
    }

    private static string Thousands(int n, bool and, bool hyphen)
    {
        var high = n / 1000;
        var low = n % 1000;
        if (high == 0)
        {
            return BelowThousand(low, and, hyphen);
        }

        var words = BelowThousand(high, and, hyphen) + " thousand";
        return low == 0 ? words : words + (and && low < 100 ? " and " : " ") + BelowThousand(low, and, hyphen);
    }

    private static string BelowThousand(int n, bool and, bool hyphen)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds == 0)
        {
            return BelowHundred(rest, hyphen);
        }

        var words = Ones[hundreds] + " hundred";
        return rest == 0 ? words : words + (and ? " and " : " ") + BelowHundred(rest, hyphen);
    }

    private static string BelowHundred(int n, bool hyphen) =>
        n < 20 ? Ones[n] : Tens[n / 10] + (n % 10 == 0 ? string.Empty : (hyphen ? "-" : " ") + Ones[n % 10]);

    private static string Ordinal(string words)
    {
        var cut = words.LastIndexOfAny([' ', '-']) + 1;
        var last = words[cut..];
        var ordinal = last switch
        {
            "one" => "first",
            "two" => "second",
            "three" => "third",
            "five" => "fifth",
            "eight" => "eighth",
            "nine" => "ninth",
            "twelve" => "twelfth",
            _ when last.EndsWith('y') => last[..^1] + "ieth",
            _ => last + "th",
        };
        return words[..cut] + ordinal;
    }
}
