using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Messages;

/// <summary>A card's buttons answer in the card's language, whatever language the client is set to.</summary>
public sealed class CardLanguageTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task TheReportButtonOfAChineseCardOpensTheChineseFormInAnEnglishClient()
    {
        var status = await fixture.Client.AskAsync("第十四项进展如何", userId: "card-lang-zh", locale: "en-US");
        var press = ButtonData(BotClient.CardOf(status), Texts.Chinese.ReportProgressAction);

        var form = await fixture.Client.SendAsync(TestActivities.CardSubmit(press, "card-lang-zh", locale: "en-US"));

        var json = BotClient.CardOf(form).ToJsonString(ActivitySerializer.Options);
        Assert.Equal("zh", press["lang"]!.GetValue<string>());
        Assert.Contains(Texts.Chinese.FormDescriptionLabel, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Texts.English.FormDescriptionLabel, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHistoryButtonOfAnEnglishCardAnswersInEnglishInAChineseClient()
    {
        var status = await fixture.Client.AskAsync("status of item 14", userId: "card-lang-en", locale: "zh-CN");
        var press = ButtonData(BotClient.CardOf(status), Texts.English.HistoryAction);

        var history = await fixture.Client.SendAsync(TestActivities.CardSubmit(press, "card-lang-en", locale: "zh-CN"));

        Assert.Equal("en", press["lang"]!.GetValue<string>());
        Assert.Equal("en-US", Assert.Single(history).Locale);
    }

    private static JsonObject ButtonData(JsonObject card, string title) =>
        (JsonObject)card["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == title)!["data"]!.DeepClone();
}
