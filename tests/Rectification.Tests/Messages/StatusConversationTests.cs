using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Messages;

/// <summary>"Status of item 14" end to end: real HTTP, real SQLite seeded from the announcement, expectReplies.</summary>
public sealed class StatusConversationTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;

    [Theory]
    [InlineData("第十四项进展如何", "第14项", "zh-CN")]
    [InlineData("问题十四", "第14项", "zh-CN")]
    [InlineData("status of item 14", "Item 14", "en-US")]
    [InlineData("What is the progress on finding 14?", "Item 14", "en-US")]
    public async Task AskingAboutFinding14AnswersWithItsStatusCardInTheQuestionsLanguage(string question, string heading, string locale)
    {
        var replies = await _bot.AskAsync(question, userId: "status-" + locale + question.Length);

        var reply = Assert.Single(replies);
        Assert.Equal(locale, reply.Locale);
        var card = BotClient.CardOf(replies);
        Assert.Equal("1.2", card["version"]!.GetValue<string>());
        Assert.Contains(heading, card.ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Contains("金融发展促进中心组建有名无实", card.ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Contains("金融发展促进中心组建有名无实", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStatusCardListsEveryMeasureAndTheNextStep()
    {
        var card = BotClient.CardOf(await _bot.AskAsync("第14项"));

        var json = card.ToJsonString(ActivitySerializer.Options);
        Assert.Contains("定期向局党组汇报中心工作进展", json, StringComparison.Ordinal);
        Assert.Contains("定期组织中心同志交心谈心", json, StringComparison.Ordinal);
        Assert.Contains("已产生金融发展促进中心领导班子成员意向人选", json, StringComparison.Ordinal);
        Assert.Contains("下步将依法依规加快事业单位班子组建工作", json, StringComparison.Ordinal);
        Assert.Contains("整改中", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABareNumberIsAnsweredInTheActivitysLocale()
    {
        var replies = await _bot.AskAsync("14", userId: "bare-number-en", locale: "en-US");

        Assert.Contains("Item 14", BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABareNumberWithoutLocaleIsAnsweredInTheLanguageThePersonUsedLast()
    {
        await _bot.AskAsync("status of item 2", userId: "remembers-english");

        var replies = await _bot.AskAsync("/status 3", userId: "remembers-english");

        Assert.Equal("en-US", Assert.Single(replies).Locale);
    }

    [Fact]
    public async Task ABareNumberFromSomeoneNewIsAnsweredInChinese()
    {
        var replies = await _bot.AskAsync("#5", userId: "someone-new");

        Assert.Equal("zh-CN", Assert.Single(replies).Locale);
        Assert.Contains("第5项", BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("item 30", "1–29")]
    [InlineData("第三十项进展如何", "1–29")]
    [InlineData("问题0", "1–29")]
    public async Task AnOutOfRangeNumberIsAnsweredWithTheValidRange(string question, string range)
    {
        var reply = Assert.Single(await _bot.AskAsync(question, userId: "range-" + question.Length));

        Assert.Null(reply.Attachments);
        Assert.Contains(range, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeywordMatchingSeveralFindingsOffersAChoice()
    {
        var card = BotClient.CardOf(await _bot.AskAsync("汉融通"));

        var json = card.ToJsonString(ActivitySerializer.Options);
        Assert.Contains("\"finding\":4", json, StringComparison.Ordinal);
        Assert.Contains("\"finding\":13", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeywordMatchingOneFindingAnswersWithItsStatus()
    {
        var card = BotClient.CardOf(await _bot.AskAsync("绿色金融试验区"));

        Assert.Contains("第12项", card.ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListingOpenFindingsShowsTheSevenInProgress()
    {
        var card = BotClient.CardOf(await _bot.AskAsync("列出整改中的问题"));

        var json = card.ToJsonString(ActivitySerializer.Options);
        foreach (var number in new[] { 4, 5, 10, 13, 14, 18, 27 })
        {
            Assert.Matches($"\"finding\":{number}[,}}]", json);
        }

        Assert.DoesNotMatch("\"finding\":1[,}]", json);
    }

    [Fact]
    public async Task ACardButtonAsksForAFindingWithoutText()
    {
        var replies = await _bot.SendAsync(TestActivities.CardSubmit(new JsonObject { ["intent"] = "status", ["finding"] = 3 }));

        Assert.Contains("第3项", BotClient.CardOf(replies).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("帮助", "zh-CN")]
    public async Task HelpIsACard(string question, string locale)
    {
        var replies = await _bot.AskAsync(question, userId: "help-" + locale);

        Assert.Equal(locale, Assert.Single(replies).Locale);
        Assert.Equal("1.2", BotClient.CardOf(replies)["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task SomethingUnrecognisedGetsAPointerToHelp()
    {
        var reply = Assert.Single(await _bot.AskAsync("the weather is nice", userId: "weather"));

        Assert.Contains("help", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(reply.SuggestedActions);
    }
}
