using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Supervision;
using Rectification.Tests.Understanding;

namespace Rectification.Tests.Cards;

public class HelpCardTests
{
    private static readonly MessageRecognizer Recognizer = new();

    public static TheoryData<Language, HelpAudience> EveryAudience()
    {
        var data = new TheoryData<Language, HelpAudience>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var audience in Enum.GetValues<HelpAudience>())
            {
                data.Add(language, audience);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(Language.Chinese, HelpAudience.Unregistered, "第十四项进展如何", "列出整改中的问题", "融资担保")]
    [InlineData(Language.Chinese, HelpAudience.Staff, "第十四项进展如何", "列出整改中的问题", "我的待办")]
    [InlineData(Language.Chinese, HelpAudience.Leader, "第十四项进展如何", "列出整改中的问题", "本周周报")]
    [InlineData(Language.Chinese, HelpAudience.Admin, "第十四项进展如何", "列出整改中的问题", "人员列表")]
    [InlineData(Language.English, HelpAudience.Unregistered, "status of item 14", "list open items", "融资担保")]
    [InlineData(Language.English, HelpAudience.Staff, "status of item 14", "list open items", "what do I still need to do")]
    [InlineData(Language.English, HelpAudience.Leader, "status of item 14", "list open items", "digest now")]
    [InlineData(Language.English, HelpAudience.Admin, "status of item 14", "list open items", "/people list")]
    public void TheTryButtonsFitTheRoleAndSendTheirExamplesAsText(Language language, HelpAudience audience, string first, string second, string third)
    {
        var json = CardSerializer.ToJsonObject(HelpCard.Build(Texts.For(language), audience));

        var buttons = json["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").Select(e => e!["actions"]!.AsArray().Single()).ToList();
        Assert.Equal(
            [first, second, third],
            buttons.Select(b => (string?)b!["data"]!["text"]));
        Assert.All(buttons, b => Assert.Equal("text", (string?)b!["data"]!["intent"]));
    }

    [Theory]
    [InlineData(Language.Chinese, "汇报第十四项进展", "更新14.3")]
    [InlineData(Language.English, "/report 14", "update 14.3")]
    public void Describes_the_report_commands_in_the_cards_language(Language language, string report, string update)
    {
        var json = CardSerializer.ToJson(HelpCard.Build(Texts.For(language), HelpAudience.Staff));

        Assert.Contains($"\"text\":\"{report}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"{update}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HelpAudience.Unregistered, new string[0], new[] { "汇报第十四项进展", "销号第十四项", "本周周报", "把王五改成管理员" })]
    [InlineData(HelpAudience.Staff, new[] { "汇报第十四项进展", "更新14.3", "第14项下一步1完成", "更正14.3", "第12项回头看：未反弹", "督办清单", "进度图" }, new[] { "销号第十四项", "重新打开", "本周周报", "订阅周报", "把王五改成管理员", "导出台账" })]
    [InlineData(HelpAudience.Leader, new[] { "汇报第十四项进展", "销号第十四项", "销号第12项，理由：", "重新打开第十四项：反弹回潮", "本周周报", "本周到目前为止的周报", "订阅周报", "导出台账", "第12项回头看" }, new[] { "把王五改成管理员", "分配第十三项", "立行立改" })]
    [InlineData(HelpAudience.Admin, new[] { "汇报第十四项进展", "本周周报", "添加张三为科技金融处的工作人员", "把王五改成管理员", "分配第十三项 科技金融处 李局长 2024-12-31", "第五项的完成时限改为2024年12月31日", "第五项的完成时限改为立行立改", "第5项第2条长期坚持", "导出台账" }, new[] { "销号第十四项" })]
    public void EachRoleSeesWhatItCanDoAndNotWhatItCannot(HelpAudience audience, string[] shown, string[] hidden)
    {
        var examples = string.Join("\n", HelpCard.Topics(Texts.Chinese, audience).SelectMany(t => t.Examples));

        Assert.All(shown, example => Assert.Contains(example, examples, StringComparison.Ordinal));
        Assert.All(hidden, example => Assert.DoesNotContain(example, examples, StringComparison.Ordinal));
        Assert.Contains("第十四项进展如何", examples, StringComparison.Ordinal);
    }

    /// <summary>The help promises these phrasings work: hold it to that against the real understanding, for every role.</summary>
    [Theory]
    [MemberData(nameof(EveryAudience))]
    public void EveryExampleIsUnderstoodAsWhatItsTopicSays(Language language, HelpAudience audience)
    {
        var texts = Texts.For(language);
        var expected = new Dictionary<string, Func<Intent, bool>>
        {
            [texts.HelpStatusExample] = i => i.Equals(new FindingStatusIntent(14)),
            [texts.HelpListExample] = i => i.Equals(new ListFindingsIntent(FindingListFilter.Open)),
            [texts.HelpAwaitingSignOffExample] = i => i.Equals(new ListFindingsIntent(FindingListFilter.AwaitingSignOff)),
            [texts.HelpKeywordInSentenceExample] = i => i is KeywordMatchIntent,
            [texts.HelpOverallExample] = i => i is OverallProgressIntent,
            [texts.HelpWeekChangesExample] = i => i is WeekChangesIntent,
            [texts.HelpOverdueExample] = i => i.Equals(new SupervisionListIntent(SupervisionFilter.Overdue)),
            [texts.HelpSupervisionListExample] = i => i.Equals(new SupervisionListIntent(SupervisionFilter.Ladder)),
            [texts.HelpMyToDoExample] = i => i is MyToDoIntent,
            [texts.HelpDepartmentExample] = i => i is DepartmentFindingsIntent,
            [texts.HelpAddEvidenceExample] = i => i is AddEvidenceIntent,
            [texts.HelpKeywordExample] = i => i is KeywordMatchIntent,
            [texts.HelpReportExample] = i => i.Equals(new ReportIntent(14)),
            [texts.HelpUpdateExample] = i => i is MeasureUpdateIntent { FindingNumber: 14 },
            [texts.HelpHelpExample] = i => i is HelpIntent,
            [texts.HelpSignOffExample] = i => i.Equals(new SignOffIntent(14)),
            [texts.HelpReopenExample] = i => i is ReopenIntent { FindingNumber: 14, Reason.Length: > 0 },
            [texts.HelpDigestNowExample] = i => i is DigestNowIntent,
            [texts.HelpSubscribeExample] = i => i.Equals(new SubscribeIntent(null, null)),
            [texts.HelpAddPersonExample] = i => i.Equals(new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处")),
            [texts.HelpRoleExample] = i => i is SetRoleRequestIntent { Role: PersonRole.Admin },
            [texts.HelpAssignExample] = i => i.Equals(new AssignRequestIntent(13, "科技金融处", "李局长", new DateOnly(2024, 12, 31))),
            [texts.HelpAssignDepartmentExample] = i => i.Equals(new AssignRequestIntent(5, "科技金融处", null, null)),
            [texts.HelpDeadlineExample] = i => i.Equals(new SetDeadlineRequestIntent(5, new DateOnly(2024, 12, 31))),
            [texts.HelpMeasureDeadlineExample] = i => i.Equals(new SetDeadlineRequestIntent(5, Deadline.Ongoing(new DateOnly(2025, 6, 30)), 2)),
            [texts.HelpImmediateDeadlineExample] = i => i is SetDeadlineRequestIntent { FindingNumber: 5, MeasureOrdinal: null, Deadline.Kind: DeadlineKind.Immediately },
            [texts.HelpNextStepExample] = i => i is NextStepUpdateIntent { FindingNumber: 14, StepOrdinal: 1, Status: MeasureStatus.Completed },
            [texts.HelpCorrectionExample] = i => i is CorrectionIntent { FindingNumber: 14, MeasureOrdinal: 3 },
            [texts.HelpFollowUpExample] = i => i.Equals(new FollowUpIntent(12, false, null)),
            [texts.HelpSignOffOverrideExample] = i => i is SignOffIntent { FindingNumber: 12, WithoutEvidence: true, Reason.Length: > 0 },
            [texts.HelpChartExample] = i => i is ProgressChartIntent,
            [texts.HelpExportExample] = i => i is ExportLedgerIntent,
            [texts.HelpDigestSoFarExample] = i => i.Equals(new DigestNowIntent(SoFarThisWeek: true)),
        };

        Assert.All(HelpCard.Topics(texts, audience).SelectMany(t => t.Examples), example =>
        {
            var understood = Recognizer.Recognize(example, AnnouncementFindings.Context).Intent;
            Assert.True(expected.TryGetValue(example, out var fits), $"\"{example}\" has no expected meaning in this test; add it.");
            Assert.True(fits(understood), $"\"{example}\" was understood as {understood}.");
        });
    }
}
