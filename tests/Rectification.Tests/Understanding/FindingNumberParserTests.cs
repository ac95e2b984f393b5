using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Tests.Numerals;

namespace Rectification.Tests.Understanding;

public class FindingNumberParserTests
{
    private static readonly FindingNumbers OneToTwentyNine = FindingNumbers.Range(1, 29);

    public static TheoryData<string, int> EveryFindingInEveryForm()
    {
        var data = new TheoryData<string, int>();
        foreach (var n in Enumerable.Range(1, 29))
        {
            var chinese = ChineseNumeralTests.OneToTwentyNine[n - 1];
            data.Add($"第{n}项", n);
            data.Add($"item {n}", n);
            data.Add($"#{n}", n);
            data.Add($"第{chinese}项", n);
            data.Add($"问题{chinese}", n);
            data.Add(chinese, n);
        }

        return data;
    }

    [Theory]
    [InlineData("第十四项", 14)]
    [InlineData("第14项", 14)]
    [InlineData("第１４项", 14)]
    [InlineData("第十四个问题", 14)]
    [InlineData("第 14 号问题", 14)]
    [InlineData("14号", 14)]
    [InlineData("十四号问题怎么样了", 14)]
    [InlineData("问题十四", 14)]
    [InlineData("问题14进展", 14)]
    [InlineData("十四项", 14)]
    [InlineData("item 14", 14)]
    [InlineData("Item #14", 14)]
    [InlineData("finding 14", 14)]
    [InlineData("issue 14", 14)]
    [InlineData("no. 14", 14)]
    [InlineData("number 14", 14)]
    [InlineData("the 14th finding", 14)]
    [InlineData("#14", 14)]
    [InlineData("＃１４", 14)]
    [InlineData("14", 14)]
    [InlineData("十四", 14)]
    [InlineData("14?", 14)]
    [InlineData("/status 14", 14)]
    [InlineData("/status@SomeBot 14", 14)]
    [InlineData("/status 十四", 14)]
    [InlineData("what is the progress on 14?", 14)]
    [InlineData("第一项", 1)]
    [InlineData("二十九", 29)]
    [InlineData("第二十九项", 29)]
    public void Finds_the_finding_number_in_its_usual_phrasings(string text, int expected)
    {
        var found = Assert.IsType<FindingNumberInRange>(FindingNumberParser.Parse(text, OneToTwentyNine));
        Assert.Equal(expected, found.Number);
    }

    [Theory]
    [MemberData(nameof(EveryFindingInEveryForm))]
    public void Every_number_from_1_to_29_in_digits_or_Chinese_numerals_is_in_range(string text, int expected)
    {
        var found = Assert.IsType<FindingNumberInRange>(FindingNumberParser.Parse(text, OneToTwentyNine));
        Assert.Equal(expected, found.Number);
    }

    [Theory]
    [InlineData("item 0", 0)]
    [InlineData("item 30", 30)]
    [InlineData("#99", 99)]
    [InlineData("第100项", 100)]
    [InlineData("第三十项", 30)]
    [InlineData("第一百零五项", 105)]
    [InlineData("0", 0)]
    [InlineData("/status 30", 30)]
    public void Reports_a_number_outside_the_range_with_its_value(string text, int expected)
    {
        var outOfRange = Assert.IsType<FindingNumberOutOfRange>(FindingNumberParser.Parse(text, OneToTwentyNine));
        Assert.Equal(expected, outOfRange.Value);
    }

    [Theory]
    [InlineData("item x1", "x1")]
    [InlineData("第十十项", "十十")]
    [InlineData("十十", "十十")]
    [InlineData("第x项", "x")]
    [InlineData("/status 1a", "1a")]
    [InlineData("item 99999999999", "99999999999")]
    public void Reports_a_number_like_token_it_cannot_read(string text, string raw)
    {
        var unparseable = Assert.IsType<FindingNumberUnparseable>(FindingNumberParser.Parse(text, OneToTwentyNine));
        Assert.Equal(raw, unparseable.Raw);
    }

    [Theory]
    [InlineData("")]
    [InlineData("item x")]
    [InlineData("第项")]
    [InlineData("汉融通")]
    [InlineData("2023年全市新增上市企业")]
    [InlineData("一是推动企业上市")]
    [InlineData("下降7.1%")]
    [InlineData("/status")]
    [InlineData("every Friday 17:00")]
    public void Finds_nothing_where_no_finding_number_is_meant(string text)
    {
        Assert.IsType<NoFindingNumber>(FindingNumberParser.Parse(text, OneToTwentyNine));
    }

    [Fact]
    public void The_valid_range_is_data_a_smaller_inspection_has_fewer_numbers()
    {
        var result = FindingNumberParser.Parse("item 14", FindingNumbers.Range(1, 12));

        Assert.Equal(14, Assert.IsType<FindingNumberOutOfRange>(result).Value);
    }

    [Fact]
    public void The_mention_covers_the_whole_reference_so_the_rest_of_the_message_can_be_taken()
    {
        var text = "reopen 第十四项 数据有误";

        var found = Assert.IsType<FindingNumberInRange>(FindingNumberParser.Parse(text, OneToTwentyNine));

        Assert.Equal("第十四项", text.Substring(found.Start, found.Length));
        Assert.Equal("十四", found.Raw);
    }
}
