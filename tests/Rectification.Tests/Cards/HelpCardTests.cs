using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;
using Rectification.Tests.Understanding;

namespace Rectification.Tests.Cards;

public class HelpCardTests
{
    [Theory]
    [InlineData(Language.Chinese, "第十四项进展如何", "列出整改中的问题")]
    [InlineData(Language.English, "status of item 14", "list open items")]
    public void Examples_are_in_the_cards_language_and_buttons_send_them_as_text(Language language, string status, string list)
    {
        var json = CardSerializer.ToJsonObject(HelpCard.Build(Texts.For(language)));

        var buttons = json["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").Select(e => e!["actions"]!.AsArray().Single()).ToList();
        Assert.Equal(3, buttons.Count);
        Assert.Equal($$"""{"intent":"text","text":"{{status}}"}""", buttons[0]!["data"]!.ToJsonString(CardSerializer.Options));
        Assert.Equal($$"""{"intent":"text","text":"{{list}}"}""", buttons[1]!["data"]!.ToJsonString(CardSerializer.Options));
    }

    [Theory]
    [InlineData(Language.Chinese, "汇报第十四项进展", "更新14.3")]
    [InlineData(Language.English, "/report 14", "update 14.3")]
    public void Describes_the_report_commands_in_the_cards_language(Language language, string report, string update)
    {
        var json = CardSerializer.ToJson(HelpCard.Build(Texts.For(language)));

        Assert.Contains($"\"text\":\"{report}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"{update}", json, StringComparison.Ordinal);
    }

    /// <summary>The help promises these phrasings work: hold it to that against the real understanding.</summary>
    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Every_example_is_understood_as_what_its_topic_says(Language language)
    {
        var texts = Texts.For(language);
        var recognizer = new MessageRecognizer();
        Intent Understand(string text) => recognizer.Recognize(text, AnnouncementFindings.Context).Intent;

        Assert.Equal(new FindingStatusIntent(14), Understand(texts.HelpStatusExample));
        Assert.Equal(new ListFindingsIntent(FindingListFilter.Open), Understand(texts.HelpListExample));
        Assert.IsType<KeywordMatchIntent>(Understand(texts.HelpKeywordExample));
        Assert.Equal(new ReportIntent(14), Understand(texts.HelpReportExample));
        Assert.IsType<MeasureUpdateIntent>(Understand(texts.HelpUpdateExample));
        Assert.Equal(new HelpIntent(), Understand(texts.HelpHelpExample));
        Assert.All(HelpCard.Topics(texts).SelectMany(t => t.Examples), example => Assert.IsNotType<UnrecognizedIntent>(Understand(example)));
    }
}
