using Rectification.Domain.Progress;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Understanding;

/// <summary>
/// Intents recognized now and handled by later issues: report, one-message update, history, sign-off, reopen,
/// subscriptions, digest, cancel and back, each in English and Chinese.
/// </summary>
public class LaterIntentRecognitionTests
{
    private static readonly MessageRecognizer Recognizer = new();

    public static TheoryData<string, Intent> Phrasings => new()
    {
        // Report (starts the dialog)
        { "report progress on item 14", new ReportIntent(14) },
        { "I want to report progress", new ReportIntent(null) },
        { "/report 14", new ReportIntent(14) },
        { "/report", new ReportIntent(null) },
        { "submit an update for #7", new ReportIntent(7) },
        { "汇报第十四项进展", new ReportIntent(14) },
        { "我要汇报进展", new ReportIntent(null) },
        { "填报问题3", new ReportIntent(3) },
        { "report progress on item 30", new NumberOutOfRangeIntent("30", 30, 1, 29) },

        // One-message update, complete
        { "update 14.3: 已完成班子组建 100%", new MeasureUpdateIntent(14, 3, "已完成班子组建", MeasureStatus.Completed, 100) },
        { "update 14.3: team lead appointed, 60%", new MeasureUpdateIntent(14, 3, "team lead appointed", MeasureStatus.InProgress, 60) },
        { "Update item 14 measure 2: weekly meetings held", new MeasureUpdateIntent(14, 2, "weekly meetings held", null, null) },
        { "/update 14.3 completed", new MeasureUpdateIntent(14, 3, string.Empty, MeasureStatus.Completed, 100) },
        { "update 14.3: report filed, done", new MeasureUpdateIntent(14, 3, "report filed", MeasureStatus.Completed, 100) },
        { "更新第十四项第三条：已完成班子组建", new MeasureUpdateIntent(14, 3, "已完成班子组建", null, null) },
        { "更新第十四项第三条：完成", new MeasureUpdateIntent(14, 3, string.Empty, MeasureStatus.Completed, 100) },
        { "第14项第3条进展：意向人选已确定，80%", new MeasureUpdateIntent(14, 3, "意向人选已确定", MeasureStatus.InProgress, 80) },
        { "第十四项第二条进展：百分之五十", new MeasureUpdateIntent(14, 2, string.Empty, MeasureStatus.InProgress, 50) },
        { "14.3: 班子组建已完成", new MeasureUpdateIntent(14, 3, "班子组建已完成", null, null) },
        { "update 14.3: not completed yet", new MeasureUpdateIntent(14, 3, string.Empty, MeasureStatus.InProgress, null) },

        // One-message update, incomplete or ambiguous: a report with what was understood
        { "update 14: 已完成班子组建", new ReportIntent(14, null, "已完成班子组建") },
        { "update 14.3", new ReportIntent(14, 3) },
        { "update 14.3: 50% 80%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.TwoPercentages) },
        { "update 14.3: 150%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.PercentOutOfRange) },
        { "update", new ReportIntent(null) },
        { "更新第十四项：人选已确定", new ReportIntent(14, null, "人选已确定") },
        { "更新：班子已组建", new ReportIntent(null, null, "班子已组建") },
        { "更新第十四项第三条", new ReportIntent(14, 3) },
        { "update 30.1: done", new NumberOutOfRangeIntent("30", 30, 1, 29) },

        // History
        { "history of item 14", new HistoryIntent(14) },
        { "item 14 history", new HistoryIntent(14) },
        { "/history 14", new HistoryIntent(14) },
        { "第十四项历史", new HistoryIntent(14) },
        { "第14项的整改记录", new HistoryIntent(14) },
        { "history", new HistoryIntent(null) },

        // Sign-off
        { "sign off 14", new SignOffIntent(14) },
        { "sign-off item 14", new SignOffIntent(14) },
        { "/signoff 14", new SignOffIntent(14) },
        { "销号第十四项", new SignOffIntent(14) },
        { "第十四项申请销号", new SignOffIntent(14) },
        { "sign off item 31", new NumberOutOfRangeIntent("31", 31, 1, 29) },

        // Reopen
        { "reopen 14 the figures were wrong", new ReopenIntent(14, "the figures were wrong") },
        { "Reopen item 14 because the team was not formed", new ReopenIntent(14, "the team was not formed") },
        { "/reopen 14 数据有误", new ReopenIntent(14, "数据有误") },
        { "reopen 14", new ReopenIntent(14, null) },
        { "重新打开第十四项：原因是班子尚未组建", new ReopenIntent(14, "班子尚未组建") },
        { "第十四项重新整改，因为人选有变", new ReopenIntent(14, "人选有变") },
        { "撤销销号 第14项", new ReopenIntent(14, null) },

        // Subscriptions and digest
        { "subscribe to the weekly digest", new SubscribeIntent(null, null) },
        { "subscribe every Friday 17:00", new SubscribeIntent(DayOfWeek.Friday, new TimeOnly(17, 0)) },
        { "/subscribe mon 9am", new SubscribeIntent(DayOfWeek.Monday, new TimeOnly(9, 0)) },
        { "subscribe on Fridays at 5 pm", new SubscribeIntent(DayOfWeek.Friday, new TimeOnly(17, 0)) },
        { "subscribe every Friday 25:00", new SubscribeIntent(DayOfWeek.Friday, null) },
        { "订阅周报", new SubscribeIntent(null, null) },
        { "订阅周报，每周五17点", new SubscribeIntent(DayOfWeek.Friday, new TimeOnly(17, 0)) },
        { "订阅 星期一上午9点半", new SubscribeIntent(DayOfWeek.Monday, new TimeOnly(9, 30)) },
        { "订阅周报 周日晚上八点", new SubscribeIntent(DayOfWeek.Sunday, new TimeOnly(20, 0)) },
        { "unsubscribe", new UnsubscribeIntent() },
        { "/unsubscribe", new UnsubscribeIntent() },
        { "stop the weekly digest", new UnsubscribeIntent() },
        { "取消订阅", new UnsubscribeIntent() },
        { "退订周报", new UnsubscribeIntent() },
        { "my subscription", new MySubscriptionIntent() },
        { "Am I subscribed?", new MySubscriptionIntent() },
        { "我的订阅", new MySubscriptionIntent() },
        { "我订阅了吗", new MySubscriptionIntent() },
        { "digest now", new DigestNowIntent() },
        { "/digest", new DigestNowIntent() },
        { "send me this week's digest", new DigestNowIntent() },
        { "本周周报", new DigestNowIntent() },
        { "本周到目前为止的周报", new DigestNowIntent(SoFarThisWeek: true) },
        { "digest so far this week", new DigestNowIntent(SoFarThisWeek: true) },
        { "发一下周报", new DigestNowIntent() },

        // Dialog control
        { "cancel", new CancelIntent() },
        { "/cancel", new CancelIntent() },
        { "Never mind.", new CancelIntent() },
        { "取消", new CancelIntent() },
        { "算了", new CancelIntent() },
        { "back", new BackIntent() },
        { "go back", new BackIntent() },
        { "上一步", new BackIntent() },
        { "返回", new BackIntent() },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Recognizes_the_intent_of_each_phrasing(string text, Intent expected)
    {
        var recognized = Recognizer.Recognize(text, AnnouncementFindings.Context);

        Assert.Equal(expected, recognized.Intent);
    }

    [Fact]
    public void An_update_out_of_its_verb_is_still_a_status_question()
    {
        Assert.Equal(new FindingStatusIntent(14), Recognizer.Recognize("any update on item 14?", AnnouncementFindings.Context).Intent);
    }
}
