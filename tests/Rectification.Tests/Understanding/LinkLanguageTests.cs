using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Understanding;

/// <summary>Links, e-mail addresses and file names are written alike in every language: they show none.</summary>
public sealed class LinkLanguageTests
{
    [Theory]
    [InlineData("https://example.org/report.pdf")]
    [InlineData("http://intranet.local/share/minutes")]
    [InlineData("www.example.org/plan")]
    [InlineData("li.si@example.org")]
    [InlineData("meeting-minutes.docx")]
    [InlineData("https://a.example.org/x.pdf  https://b.example.org/y.xlsx")]
    public void ALinkAnAddressOrAFileNameShowsNoLanguage(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("会议纪要 https://example.org/minutes.pdf", Language.Chinese)]
    [InlineData("minutes https://example.org/m.pdf", Language.English)]
    [InlineData("see report.pdf", Language.English)]
    public void TheWordsAroundALinkStillShowTheirLanguage(string text, Language expected) => Assert.Equal(expected, LanguageDetector.Detect(text));
}
