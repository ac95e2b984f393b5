using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Recognizers;

namespace Rectification.Bot.Conversation.Understanding;

/// <summary>
/// The ordered table of recognizers; the first that understands a message wins. The order is the design:
/// whole-message words first (取消, help, 你好, 谢谢); then the files (导出台账, 进度图, before anything reading "progress"); then verbs, the more specific before the ones they contain (取消订阅
/// before 订阅, 撤销销号 before 销号, a correction (更正…, whose numbers an update would read) before an update of a next step, which comes before an update (whose partial form takes "update 14 …"), a full update before a report, evidence for an entry before a report; an
/// administrator's request, which links an account, names a role or a finding's department or deadline, before updates, so
/// 第五项的完成时限改为… is not read as progress); choosing a round before the rounds question and the status question
/// its ordinal would otherwise be (切换到第五轮巡察); then a number of working days ("due within 3 working days"), which
/// is no finding's; then any finding number, which is a status question; then the everyday questions that hold no
/// number (my to-do before my department's findings, whose words it shares); then supervision questions (逾期,
/// 督办清单), before the list questions whose "which … items" they share; keywords last. A new intent is a new row
/// placed by the same rule.
/// </summary>
public static class RecognizerTable
{
    public static IReadOnlyList<IIntentRecognizer> Default { get; } =
    [
        new PatternRecognizer("cancel", IntentPatterns.Cancel(), () => new CancelIntent()),
        new PatternRecognizer("back", IntentPatterns.Back(), () => new BackIntent()),
        new PatternRecognizer("help", IntentPatterns.Help(), () => new HelpIntent()),
        new PatternRecognizer("hello", IntentPatterns.Hello(), () => new GreetingIntent(Courtesy.Hello)),
        new PatternRecognizer("thanks", IntentPatterns.Thanks(), () => new GreetingIntent(Courtesy.Thanks)),
        new PatternRecognizer("unsubscribe", IntentPatterns.Unsubscribe(), () => new UnsubscribeIntent()),
        new PatternRecognizer("my subscription", IntentPatterns.MySubscription(), () => new MySubscriptionIntent()),
        new SubscribeRecognizer(),
        new PatternRecognizer("digest so far", IntentPatterns.DigestSoFar(), () => new DigestNowIntent(SoFarThisWeek: true)),
        new PatternRecognizer("digest now", IntentPatterns.DigestNow(), () => new DigestNowIntent()),
        new PatternRecognizer("export ledger", IntentPatterns.ExportLedger(), () => new ExportLedgerIntent()),
        new PatternRecognizer("progress chart", IntentPatterns.ProgressChart(), () => new ProgressChartIntent()),
        new AccountLinkRecognizer(),
        new PersonRequestRecognizer(),
        new SignOffOverrideRecognizer(),
        new FindingAssignmentRecognizer(),
        new CorrectionRecognizer(),
        new NextStepUpdateRecognizer(),
        new FollowUpRecognizer(),
        new UpdateRecognizer(),
        new AddEvidenceRecognizer(),
        new FindingVerbRecognizer("report", IntentPatterns.Report(), number => new ReportIntent(number)),
        new ReopenRecognizer(),
        new FindingVerbRecognizer("sign off", IntentPatterns.SignOff(), number => new SignOffIntent(number), argumentFollowsVerb: true),
        new FindingVerbRecognizer("history", IntentPatterns.History(), number => new HistoryIntent(number)),
        new SwitchRoundRecognizer(),
        new PatternRecognizer("list rounds", IntentPatterns.Rounds(), () => new ListRoundsIntent()),
        new PatternRecognizer("unknown command", IntentPatterns.UnknownCommand(), () => new UnrecognizedIntent()),
        new DueWithinRecognizer(),
        new FindingStatusRecognizer(),
        new PatternRecognizer("my to-do", QuestionPatterns.MyToDo(), () => new MyToDoIntent()),
        new DepartmentFindingsRecognizer(),
        new PatternRecognizer("week changes", QuestionPatterns.WeekChanges(), () => new WeekChangesIntent()),
        new PatternRecognizer("overall progress", QuestionPatterns.OverallProgress(), () => new OverallProgressIntent()),
        new SupervisionRecognizer(),
        new ListRecognizer(),
        new KeywordRecognizer(),
    ];
}
