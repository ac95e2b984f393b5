using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Tests.Numerals;

public class ChineseNumeralTests
{
    /// <summary>一 … 二十九, index 0 being 1; shared with the parser tests.</summary>
    internal static readonly string[] OneToTwentyNine =
    [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九",
    ];

    public static TheoryData<string, int> ChineseOneToTwentyNine()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < OneToTwentyNine.Length; i++)
        {
            data.Add(OneToTwentyNine[i], i + 1);
        }

        return data;
    }

    public static TheoryData<string, int> ArabicOneToTwentyNine()
    {
        var data = new TheoryData<string, int>();
        foreach (var n in Enumerable.Range(1, 29))
        {
            data.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChineseOneToTwentyNine))]
    public void Reads_every_finding_number_written_in_Chinese_numerals(string numeral, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(numeral, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [MemberData(nameof(ArabicOneToTwentyNine))]
    public void Reads_every_finding_number_written_in_Arabic_digits(string digits, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(digits, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("１４", 14)]
    [InlineData("２９", 29)]
    [InlineData("０", 0)]
    [InlineData("014", 14)]
    public void Reads_full_width_digits_and_leading_zeros(string digits, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(digits, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("两", 2)]
    [InlineData("一十四", 14)]
    [InlineData("三十", 30)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("两百", 200)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十四", 114)]
    [InlineData("一百五", 150)]
    [InlineData("一千零五十", 1050)]
    [InlineData("壹拾肆", 14)]
    [InlineData("贰拾玖", 29)]
    [InlineData("廿", 20)]
    [InlineData("廿九", 29)]
    [InlineData("卅", 30)]
    [InlineData("卅一", 31)]
    [InlineData("卌", 40)]
    [InlineData("一百廿三", 123)]
    [InlineData("貳", 2)]
    [InlineData("參", 3)]
    [InlineData("陸", 6)]
    [InlineData("兩百", 200)]
    [InlineData("貳拾玖", 29)]
    [InlineData("一万", 10000)]
    [InlineData("一萬", 10000)]
    [InlineData("一万零五", 10005)]
    [InlineData("一万五", 15000)]
    [InlineData("两万三千", 23000)]
    public void Reads_zero_two_and_numbers_beyond_the_finding_range(string numeral, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(numeral, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("十十")]
    [InlineData("百")]
    [InlineData("二九")]
    [InlineData("一百零")]
    [InlineData("零五")]
    [InlineData("十零")]
    [InlineData("x")]
    [InlineData("1十")]
    [InlineData("十四项")]
    [InlineData("99999999999")]
    [InlineData("二廿")]
    [InlineData("廿十")]
    [InlineData("廿廿")]
    [InlineData("十廿")]
    [InlineData("万")]
    [InlineData("一万万")]
    [InlineData("二〇二四")]
    public void Refuses_what_is_not_a_well_formed_number(string? text)
    {
        Assert.False(ChineseNumeral.TryParse(text, out _));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(14, "十四")]
    [InlineData(20, "二十")]
    [InlineData(29, "二十九")]
    [InlineData(99, "九十九")]
    public void FormatWritesTheMarkerNumeralAndReadsBack(int value, string numeral)
    {
        Assert.Equal(numeral, ChineseNumeral.Format(value));
        Assert.True(ChineseNumeral.TryParse(numeral, out var read));
        Assert.Equal(value, read);
    }
}
