using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Digest;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;
using Rectification.Tests.Cards;
using static Rectification.Tests.Reporting.DigestLedger;

namespace Rectification.Tests.Reporting;

public sealed class DigestCardTests
{
    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void The_digest_card_is_version_1_2_and_passes_the_official_schema(Language language)
    {
        var report = DigestBuilder.Build(Build(), Period, Now, DigestOptions.Default);
        var json = CardSerializer.ToJson(DigestCard.Build(report, language));

        Assert.Empty(AdaptiveCardSchemas.Problems(json));
        Assert.Equal("1.2", (string?)JsonNode.Parse(json)!["version"]);
        Assert.Contains(language == Language.Chinese ? "整改进展周报 · 2024-W28" : "Rectification weekly digest · 2024-W28", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_open_their_status_card_when_tapped_and_the_most_overdue_get_buttons()
    {
        var report = DigestBuilder.Build(Build(), Period, Now, DigestOptions.Default);
        var card = CardSerializer.ToJsonObject(DigestCard.Build(report, Language.Chinese));

        var action = Assert.Single(card["actions"]!.AsArray().Select(a => a!.AsObject()), a => (string?)a["title"] == "查看第1项");
        Assert.Equal("Action.Submit", (string?)action["type"]);
        Assert.Equal("""{"intent":"status","finding":1}""", action["data"]!.ToJsonString());
        Assert.Contains("\"selectAction\":{\"type\":\"Action.Submit\",\"data\":{\"intent\":\"status\",\"finding\":3}}", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Five_thousand_changes_fit_the_card_within_its_budget_and_the_rest_are_counted(Language language)
    {
        // Even when told to spell every change out, the card shortens its lists to stay within budget.
        var everything = DigestOptions.Default with { MaxChangeLines = 10_000, MaxFindingLines = 10_000 };
        foreach (var options in new[] { DigestOptions.Default, everything })
        {
            var report = DigestBuilder.Build(BusyLedger(5_000), Period, Now, options);
            var json = CardSerializer.ToJson(DigestCard.Build(report, language));

            Assert.InRange(CardSize.Utf16Bytes(json), 1, DigestCard.MaxBytes);
            Assert.Empty(AdaptiveCardSchemas.Problems(json));
            Assert.Contains(language == Language.Chinese ? "“第N项历史”" : "“history of item N”", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Thousands_of_departments_are_cut_to_the_budget_and_the_card_says_so()
    {
        var inspection = NewInspection();
        for (var number = 1; number <= 2_000; number++)
        {
            Add(inspection, number, "问题" + number, $"{number:D4}" + new string('部', 190), null, MeasureStatus.InProgress);
        }

        var json = CardSerializer.ToJson(DigestCard.Build(DigestBuilder.Build(inspection.Findings, Period, Now, DigestOptions.Default), Language.English));

        Assert.InRange(CardSize.Utf16Bytes(json), 1, CardSize.RecommendedMaxBytes);
        Assert.Empty(AdaptiveCardSchemas.Problems(json));
    }

    [Fact]
    public void The_digest_activity_carries_the_card_in_Teams_and_the_Markdown_elsewhere_within_80_KB()
    {
        var report = DigestBuilder.Build(BusyLedger(5_000), Period, Now, DigestOptions.Default);
        var digest = DigestMessages.ToMessage(report, Language.Chinese);
        var inbound = Infrastructure.TestActivities.Message("x");

        inbound.ChannelId = "msteams";
        var teams = OutgoingActivityRules.ForWire(BotFrameworkOutbound.Reply(inbound, digest));
        inbound.ChannelId = "sms"; // a Bot Framework channel without Adaptive Cards
        var console = BotFrameworkOutbound.Reply(inbound, digest);

        Assert.Null(teams.Text);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(teams.Attachments!).ContentType);
        Assert.StartsWith("整改进展周报 · 2024-W28", teams.Summary, StringComparison.Ordinal);
        Assert.Null(console.Attachments);
        Assert.StartsWith("**整改进展周报", console.Text, StringComparison.Ordinal);
        Assert.All(new[] { teams, console }, a => Assert.InRange(CardSize.Utf16Bytes(ActivitySerializer.Serialize(a)), 1, CardSize.RecommendedMaxBytes));
    }

    [Fact]
    public void The_digest_sent_in_a_week_covers_the_last_complete_week()
    {
        var report = DigestMessages.Build(Build(), Shanghai, Now, DigestOptions.Default);

        Assert.Equal(Period, report.Period);
    }

    /// <summary>29 findings with long titles and many progress entries in the period by a long-named author.</summary>
    internal static IReadOnlyList<Finding> BusyLedger(int changes)
    {
        var inspection = NewInspection();
        var findings = Enumerable.Range(1, 29)
            .Select(n => Add(inspection, n, $"第{n}个问题" + new string('长', 900), "市地方金融监督管理局" + n, new DateOnly(2024, 7, 1).AddDays(n), MeasureStatus.InProgress, MeasureStatus.InProgress))
            .ToList();
        var author = new ProgressAuthor("aad-busy", "很长的姓名" + new string('名', 150), ProgressSource.Chat, "msteams");
        var step = (PeriodEndUtc - PeriodStartUtc) / changes;
        for (var i = 0; i < changes; i++)
        {
            findings[i % findings.Count].RecordMeasureProgress(1 + (i % 2), MeasureStatus.InProgress, i % 100, new string('述', 1_500), author, PeriodStartUtc + (step * i));
        }

        return inspection.Findings;
    }
}
