using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Keywords;

namespace Rectification.Tests.Understanding;

public class KeywordIndexTests
{
    private static KeywordIndex Index => AnnouncementFindings.Context.Keywords;

    [Fact]
    public void A_phrase_two_findings_share_gives_both_as_choices()
    {
        Assert.Equal([13, 4], Index.Search("汉融通"));
    }

    [Fact]
    public void A_phrase_one_finding_is_about_gives_that_finding_alone()
    {
        Assert.Equal([12], Index.Search("绿色金融"));
        Assert.Equal([14], Index.Search("金融发展促进中心"));
    }

    [Fact]
    public void A_phrase_in_one_title_and_in_another_finding_measures_offers_both_title_first()
    {
        Assert.Equal([6, 19], Index.Search("市民热线"));
    }

    [Theory]
    [InlineData("纾困贴息", 18)]
    [InlineData("公务车", 20)]
    [InlineData("支部换届", 24)]
    [InlineData("尾款", 27)]
    [InlineData("武汉都市圈", 10)]
    public void Words_from_a_finding_title_or_measures_find_it(string query, int expected)
    {
        Assert.Contains(expected, Index.Search(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("金")]
    [InlineData("金融")]
    [InlineData("工作")]
    [InlineData("今天天气怎么样")]
    [InlineData("hello there")]
    public void Single_characters_common_words_and_unrelated_text_match_nothing(string query)
    {
        Assert.Empty(Index.Search(query));
    }

    [Fact]
    public void Never_offers_more_than_five_choices()
    {
        Assert.InRange(Index.Search("党支部党建").Count, 1, 5);
    }

    [Fact]
    public void English_words_match_findings_written_in_English()
    {
        var index = new KeywordIndex(
        [
            new FindingText(1, "Green finance reform lags behind", ["Apply for the green finance pilot zone"]),
            new FindingText(2, "Citizen hotline complaints about loans", ["Handle hotline complaints faster"]),
            new FindingText(3, "Party branch elections are late", ["Hold branch elections on time"]),
        ]);

        Assert.Equal([2], index.Search("hotline complaints"));
        Assert.Equal([1], index.Search("Green Finance"));
    }
}
