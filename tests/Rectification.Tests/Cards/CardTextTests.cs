using Rectification.Bot.Cards;

namespace Rectification.Tests.Cards;

public class CardTextTests
{
    [Fact]
    public void Shorten_keeps_short_text_and_cuts_long_text_with_an_ellipsis()
    {
        Assert.Equal("整改中", CardText.Shorten(" 整改中 ", 5));
        Assert.Equal("一二三…", CardText.Shorten("一二三四五六", 4));
    }

    [Fact]
    public void Shorten_drops_a_dangling_comma_and_never_splits_an_emoji()
    {
        Assert.Equal("一二…", CardText.Shorten("一二，三四五", 4));
        Assert.Equal("a👍🏽…", CardText.Shorten("a👍🏽bcd", 3));
    }

    [Fact]
    public void SingleLine_joins_lines_and_spaces()
    {
        Assert.Equal("a b c", CardText.SingleLine(" a\r\n b  \tc\n"));
    }
}
