using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Reporting;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Tests.Cards;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The status card's "Report progress" button opens the form; its submit is validated on the server.</summary>
public sealed class ProgressFormTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheReportButtonOpensAValid15FormWithExecuteAndSubmitFallback()
    {
        var replies = await _bot.SendAsync(TestActivities.CardSubmit(new JsonObject { ["intent"] = "report", ["finding"] = 14 }, "form-open"));

        var card = BotClient.CardOf(replies);
        var json = card.ToJsonString(ActivitySerializer.Options);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Empty(AdaptiveCardSchemas.Problems(json));
        var action = card["actions"]![0]!;
        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal(ProgressFormCard.Verb, action["verb"]!.GetValue<string>());
        Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal("progress-form", action["fallback"]!["data"]!["intent"]!.GetValue<string>());
        foreach (var id in new[] { "measure", "status", "percent", "description", "evidence" })
        {
            Assert.Contains($"\"id\":\"{id}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFormWithErrorsComesBackFilledInThenASubmitSaves()
    {
        const string user = "form-submit";
        var before = await _factory.HistoryCountAsync(17);

        var refused = await _bot.SendAsync(TestActivities.CardSubmit(Submitted(percent: "150", description: "  "), user));

        var refusedCard = BotClient.CardOf(refused);
        var refusedJson = refusedCard.ToJsonString(ActivitySerializer.Options);
        Assert.Equal("1.5", refusedCard["version"]!.GetValue<string>());
        Assert.Contains("0到100", refusedJson, StringComparison.Ordinal);
        Assert.Contains("请填写做了哪些工作", refusedJson, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchemas.Problems(refusedJson));
        Assert.Equal(before, await _factory.HistoryCountAsync(17));

        var saved = await _bot.SendAsync(TestActivities.CardSubmit(Submitted(percent: "45", description: "已讲授专题党课"), user));

        var savedCard = BotClient.CardOf(saved.Take(1).ToList()).ToJsonString(ActivitySerializer.Options);
        Assert.Contains("进展已保存", savedCard, StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardSchemas.Problems(savedCard));
        var finding = await _factory.FindingAsync(17);
        Assert.Equal(before + 1, finding.History.Count);
        Assert.Equal(45, finding.FindMeasure(2)!.PercentComplete);
        Assert.Equal("https://example.org/party-lesson", finding.LastEntry!.EvidenceUrl);
    }

    [Theory]
    [InlineData(nameof(MeasureStatus.NotStarted), "60", "已起草方案", "状态和百分比对不上")]
    [InlineData(nameof(MeasureStatus.Completed), "", "还没完成，下周继续", "工作说明里写的状态和所选状态不一致")]
    [InlineData(nameof(MeasureStatus.InProgress), "", "全部完成了", "工作说明里写的状态和所选状态不一致")]
    public async Task AFormWhoseStatusDisagreesWithItsPercentageOrDescriptionIsAskedAboutAndNotSaved(string status, string percent, string description, string problem)
    {
        var user = "form-disagrees-" + status;
        var before = await _factory.HistoryCountAsync(17);

        var refused = await _bot.SendAsync(TestActivities.CardSubmit(Submitted(percent, description, status), user));

        Assert.Contains(problem, BotClient.CardOf(refused).ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(17));
    }

    private static JsonObject Submitted(string percent, string description, string status = nameof(MeasureStatus.InProgress)) => new()
    {
        ["intent"] = "progress-form",
        ["finding"] = 17,
        ["measure"] = "2",
        ["status"] = status,
        ["percent"] = percent,
        ["description"] = description,
        ["evidence"] = "https://example.org/party-lesson",
    };
}
