using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Understanding;

public class ReplyLanguageTests
{
    [Fact]
    public void The_language_of_the_message_wins_over_locale_and_history()
    {
        Assert.Equal(Language.English, ReplyLanguage.Choose(Language.English, "zh-CN", Language.Chinese));
        Assert.Equal(Language.Chinese, ReplyLanguage.Choose(Language.Chinese, "en-US", Language.English));
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("en", Language.English)]
    [InlineData("EN-gb", Language.English)]
    [InlineData("zh-CN", Language.Chinese)]
    [InlineData("zh-Hans-CN", Language.Chinese)]
    [InlineData("zh_TW", Language.Chinese)]
    public void Without_a_language_in_the_message_the_activity_locale_decides(string locale, Language expected)
    {
        var lastUsedOtherwise = expected == Language.English ? Language.Chinese : Language.English;

        Assert.Equal(expected, ReplyLanguage.Choose(null, locale, lastUsedOtherwise));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("-")]
    public void Without_a_usable_locale_the_language_used_last_decides(string? locale)
    {
        Assert.Equal(Language.English, ReplyLanguage.Choose(null, locale, Language.English));
    }

    [Fact]
    public void With_nothing_to_go_on_the_answer_is_Chinese()
    {
        Assert.Equal(Language.Chinese, ReplyLanguage.Choose(null, null, null));
        Assert.Equal(Language.Chinese, ReplyLanguage.Choose(null, "de-DE", null));
    }
}
