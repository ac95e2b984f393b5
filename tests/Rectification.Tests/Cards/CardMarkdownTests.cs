using CsCheck;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Cards.Serialization;

namespace Rectification.Tests.Cards;

/// <summary>
/// People's words in a card show as typed: the card's JSON carries every Markdown character escaped (hosts read a
/// subset of Markdown in text blocks and facts), and a card read back from the outbox has the words as written.
/// </summary>
public sealed class CardMarkdownTests
{
    [Theory]
    [InlineData("**加粗** 和 _斜体_", @"\*\*加粗\*\* 和 \_斜体\_")]
    [InlineData("[点我](http://evil.example)", @"\[点我\](http://evil.example)")]
    [InlineData("<b>x</b> &amp; `code` ~~删~~", @"\<b\>x\</b\> \&amp; \`code\` \~\~删\~\~")]
    [InlineData("# 标题\n- 列表\n> 引用\n1. 第一\n  2) 第二", "\\# 标题\n\\- 列表\n\\> 引用\n1\\. 第一\n  2\\) 第二")]
    [InlineData(@"C:\路径\文件", @"C:\\路径\\文件")]
    [InlineData("第14项 3-1号文 2024.6 完成80%", "第14项 3-1号文 2024.6 完成80%")]
    public void MarkdownCharactersAreEscapedAndPlainWordsAreLeftAlone(string text, string escaped)
    {
        Assert.Equal(escaped, CardMarkdown.Escape(text));
        Assert.Equal(text, CardMarkdown.Unescape(escaped));
    }

    [Fact]
    public void AnyTextReadsBackAsWrittenAndNoMarkdownCharacterIsLeftBare()
    {
        Gen.Char["*_[]<>~&|`\\#-+=.)1 \n汉a"].Array[0, 40].Select(chars => new string(chars)).Sample(text =>
        {
            var escaped = CardMarkdown.Escape(text);
            Assert.Equal(text, CardMarkdown.Unescape(escaped));
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] == '\\')
                {
                    i++; // the escaped character itself
                }
                else
                {
                    Assert.DoesNotContain(escaped[i], "*_[]<>~&|`");
                }
            }
        });
    }

    [Fact]
    public void ACardsTextAndFactsAreEscapedInItsJsonAndReadBackAsWritten()
    {
        var card = new AdaptiveCard(CardVersion.V1_2);
        card.Body.Add(new TextBlock("**不是粗体** [不是链接](http://x)") { Wrap = true });
        card.Body.Add(new FactSet([new Fact("_标题_", "<值>")]));

        var json = CardSerializer.ToJson(card);
        Assert.Contains(@"""text"":""\\*\\*不是粗体\\*\\* \\[不是链接\\](http://x)""", json, StringComparison.Ordinal);
        Assert.Contains(@"""title"":""\\_标题\\_""", json, StringComparison.Ordinal);
        Assert.Contains(@"""value"":""\\<值\\>""", json, StringComparison.Ordinal);

        var read = System.Text.Json.JsonSerializer.Deserialize<AdaptiveCard>(json, CardSerializer.Options)!;
        Assert.Equal("**不是粗体** [不是链接](http://x)", Assert.IsType<TextBlock>(read.Body[0]).Text);
        var fact = Assert.Single(Assert.IsType<FactSet>(read.Body[1]).Facts);
        Assert.Equal(("_标题_", "<值>"), (fact.Title, fact.Value));
        Assert.Equal(json, CardSerializer.ToJson(read));
    }
}
