using System.Text;
using Rectification.Bot.Channels.Telegram.Rendering;

namespace Rectification.Tests.Telegram;

public sealed class TelegramMessageSplitterTests
{
    [Fact]
    public void AShortMessageIsOnePartAsItIs()
    {
        Assert.Equal(["<b>第14项</b>\n整改中"], TelegramMessageSplitter.Split("<b>第14项</b>\n整改中"));
    }

    [Fact]
    public void ATenThousandCharacterAnswerIsSplitAtParagraphsUnderTheLimitWithNothingLost()
    {
        var paragraphs = Enumerable.Range(1, 50).Select(i => $"<b>第{i}项</b>\n" + new string('进', 190)).ToList();
        var html = string.Join("\n\n", paragraphs);
        Assert.True(html.Length > 10_000);

        var parts = TelegramMessageSplitter.Split(html);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, part => Assert.True(part.Length <= TelegramMessageSplitter.MaxLength, $"{part.Length} characters"));
        Assert.All(parts, part => Assert.StartsWith("<b>第", part, StringComparison.Ordinal));
        Assert.Equal(html, string.Join("\n\n", parts));
    }

    [Fact]
    public void AParagraphLongerThanAMessageIsSplitBetweenItsLines()
    {
        var lines = Enumerable.Range(1, 300).Select(i => $"{i}. " + new string('x', 40)).ToList();
        var html = string.Join("\n", lines);

        var parts = TelegramMessageSplitter.Split(html, 1000);

        Assert.All(parts, part => Assert.True(part.Length <= 1000));
        Assert.Equal(html, string.Join("\n", parts));
    }

    [Fact]
    public void ALineLongerThanAMessageIsCutAtSpacesNeverInsideATagOrAnEntityAndItsTagsAreClosedAndReopened()
    {
        var words = string.Join(" ", Enumerable.Repeat("A&amp;B", 400));
        var html = $"<b>{words}</b>";

        var parts = TelegramMessageSplitter.Split(html, 500);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part =>
        {
            Assert.True(part.Length <= 500, $"{part.Length} characters");
            Assert.StartsWith("<b>", part, StringComparison.Ordinal);
            Assert.EndsWith("</b>", part, StringComparison.Ordinal);
            Assert.DoesNotMatch("&(?!amp;)", part);
        });
        var text = string.Join(" ", parts.Select(p => p[3..^4]));
        Assert.Equal(words, text);
    }

    [Fact]
    public void AWordLongerThanAMessageIsCutBetweenCharactersButNotInsideAnEntity()
    {
        var html = string.Concat(Enumerable.Repeat("&lt;进", 600));

        var parts = TelegramMessageSplitter.Split(html, 300);

        Assert.All(parts, part =>
        {
            Assert.True(part.Length <= 300);
            Assert.DoesNotMatch("&(?!lt;)", part);
            Assert.DoesNotMatch("(?<!&)lt;|&l$|&lt$", part);
        });
        Assert.Equal(html, string.Concat(parts));
    }

    [Fact]
    public void EverySplitOfRandomHtmlKeepsTheTextAndStaysUnderTheLimit()
    {
        var random = new Random(8);
        for (var round = 0; round < 50; round++)
        {
            var html = new StringBuilder();
            for (var i = 0; i < 400; i++)
            {
                html.Append(random.Next(6) switch
                {
                    0 => "\n",
                    1 => "\n\n",
                    2 => "<b>粗体 &amp; bold</b>",
                    3 => " ",
                    _ => new string('字', random.Next(1, 30)),
                });
            }

            var parts = TelegramMessageSplitter.Split(html.ToString(), 256);

            Assert.All(parts, part => Assert.True(part.Length <= 256));
            Assert.Equal(Visible(html.ToString()), Visible(string.Concat(parts)));
        }
    }

    private static string Visible(string html) =>
        new(html.Replace("<b>", string.Empty, StringComparison.Ordinal).Replace("</b>", string.Empty, StringComparison.Ordinal)
            .Where(c => !char.IsWhiteSpace(c)).ToArray());
}
