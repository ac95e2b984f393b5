using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Understanding;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("第十四项进展如何")]
    [InlineData("问题十四")]
    [InlineData("status of 汉融通")]
    [InlineData("/status 十四")]
    [InlineData("14号")]
    public void A_message_with_any_Chinese_character_is_Chinese(string text)
    {
        Assert.Equal(Language.Chinese, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("status of item 14")]
    [InlineData("What is the progress on finding 14?")]
    [InlineData("help")]
    [InlineData("ok")]
    [InlineData("/status green finance")]
    [InlineData("link KMNPQRST")]
    public void A_message_with_English_words_is_English(string text)
    {
        Assert.Equal(Language.English, LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("14")]
    [InlineData("/status 14")]
    [InlineData("/status@RectBot 14")]
    [InlineData("#14")]
    [InlineData("14.3 100%")]
    [InlineData("14th")]
    [InlineData("?")]
    [InlineData("👍")]
    [InlineData("/link KMNPQRST")]
    [InlineData("/link KMNP-QRST")]
    [InlineData("KMNPQRST")]
    [InlineData("")]
    [InlineData(null)]
    public void Commands_tags_numbers_and_emoji_show_no_language(string? text)
    {
        Assert.Null(LanguageDetector.Detect(text));
    }
}
